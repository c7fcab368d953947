package dev.durableagents.runtime.mcp;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs one of {@link McpAgentWorkflowImpl}'s agents on an input. */
@WorkflowInterface
public interface McpAgentWorkflow {

  @WorkflowMethod
  String run(String agent, String input);
}
