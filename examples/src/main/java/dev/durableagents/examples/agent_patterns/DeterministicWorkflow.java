package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link Deterministic} sample's workflow. */
@WorkflowInterface
public interface DeterministicWorkflow {

  /** Outlines a story for {@code prompt}, checks the outline, and writes the story if it passes. */
  @WorkflowMethod
  String run(String prompt);
}
