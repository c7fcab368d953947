package dev.durableagents.runtime.mcp;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Scenarios against the reference npm MCP servers. */
@WorkflowInterface
public interface RealMcpWorkflow {

  /** Runs {@code scenario} with {@code input}. */
  @WorkflowMethod
  String run(String scenario, String input);

  /** Lets a scenario that waits between its runs go on. */
  @SignalMethod
  void proceed();
}
