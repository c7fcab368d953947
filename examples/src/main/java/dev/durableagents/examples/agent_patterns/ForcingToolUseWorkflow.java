package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link ForcingToolUse} sample's workflow. */
@WorkflowInterface
public interface ForcingToolUseWorkflow {

  /**
   * Asks for the weather in Tokyo with the given tool-use behaviour.
   *
   * @param toolUseBehavior {@code default}, {@code first_tool} or {@code custom}
   */
  @WorkflowMethod
  String run(String toolUseBehavior);
}
