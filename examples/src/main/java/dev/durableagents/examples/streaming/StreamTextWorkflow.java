package dev.durableagents.examples.streaming;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs the Joker streamed: a client follows it with {@code RunSubscription}. */
@WorkflowInterface
public interface StreamTextWorkflow {

  @WorkflowMethod
  String run(String prompt);
}
