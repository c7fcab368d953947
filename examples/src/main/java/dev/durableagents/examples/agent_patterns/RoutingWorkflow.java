package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link Routing} sample's workflow. */
@WorkflowInterface
public interface RoutingWorkflow {

  /** Routes {@code message} to the agent of its language; returns {@code "Response: ..."}. */
  @WorkflowMethod
  String run(String message);
}
