package dev.durableagents.examples.basic;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The {@link PreviousResponseId} sample's workflow: a question, then a follow-up that continues the
 * first answer's conversation on the model's server by its response id.
 */
@WorkflowInterface
public interface PreviousResponseIdWorkflow {

  /**
   * The two answers.
   *
   * @param firstResponse the answer to the first question
   * @param secondResponse the answer to the follow-up
   */
  record Answers(String firstResponse, String secondResponse) {}

  /** Asks {@code firstQuestion}, then {@code followUpQuestion} as its continuation. */
  @WorkflowMethod
  Answers run(String firstQuestion, String followUpQuestion);
}
