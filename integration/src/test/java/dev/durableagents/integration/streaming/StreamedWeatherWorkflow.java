package dev.durableagents.integration.streaming;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One agent run on the question, streamed or not; returns the final output. */
@WorkflowInterface
public interface StreamedWeatherWorkflow {

  @WorkflowMethod
  String ask(String question, boolean streamed);
}
