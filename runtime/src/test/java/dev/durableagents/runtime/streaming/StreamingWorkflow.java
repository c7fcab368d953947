package dev.durableagents.runtime.streaming;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs the weather agent, streamed or not; returns the output and what the listener saw. */
@WorkflowInterface
public interface StreamingWorkflow {

  @WorkflowMethod
  String run(String input, boolean streamed);
}
