package dev.durableagents.integration.scenario;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A long conversation with the {@link ChatAgent}, one {@code Runner.run} per turn. */
@WorkflowInterface
public interface ChatWorkflow {

  /**
   * Runs {@code turns} turns of {@code messageChars}-character messages; returns the turns done.
   * Each answer must show that the model received every message so far, else the run fails.
   */
  @WorkflowMethod
  int chat(int turns, int messageChars);
}
