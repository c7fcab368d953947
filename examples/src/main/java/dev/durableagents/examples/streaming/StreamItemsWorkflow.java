package dev.durableagents.examples.streaming;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** Runs the counting Joker streamed, and republishes its item events as lines. */
@WorkflowInterface
public interface StreamItemsWorkflow {

  @WorkflowMethod
  String run(String prompt);

  /** The item events the workflow saw, as the Python sample's {@code ItemEvent}s, in order. */
  @QueryMethod
  List<String> items();
}
