package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link Parallelization} sample's workflow. */
@WorkflowInterface
public interface ParallelizationWorkflow {

  /** Translates {@code message} three times in parallel and returns the best translation. */
  @WorkflowMethod
  String run(String message);
}
