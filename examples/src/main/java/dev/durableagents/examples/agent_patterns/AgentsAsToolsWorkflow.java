package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link AgentsAsTools} sample's workflow. */
@WorkflowInterface
public interface AgentsAsToolsWorkflow {

  /** Translates {@code message} with translator agents called as tools, then synthesizes. */
  @WorkflowMethod
  String run(String message);
}
