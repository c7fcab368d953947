package dev.durableagents.examples.tools;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link WebSearch} sample's workflow: a question answered from a web search. */
@WorkflowInterface
public interface WebSearchWorkflow {

  /**
   * The answer, and what the model searched for.
   *
   * @param answer the agent's final output
   * @param searches the queries of the model's web searches, in order
   */
  record Answer(String answer, List<String> searches) {}

  /** Answers {@code question} with results localized to {@code userCity}. */
  @WorkflowMethod
  Answer run(String question, String userCity);
}
