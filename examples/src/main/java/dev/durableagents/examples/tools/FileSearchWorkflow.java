package dev.durableagents.examples.tools;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link FileSearch} sample's workflow: a question answered from an OpenAI vector store. */
@WorkflowInterface
public interface FileSearchWorkflow {

  /**
   * The answer, and what it was drawn from.
   *
   * @param answer the agent's final output
   * @param queries what the model searched for
   * @param sources the matching files, as {@code name (score)}, best first per search
   */
  record Answer(String answer, List<String> queries, List<String> sources) {}

  /** Answers {@code question} from the documents of vector store {@code vectorStoreId}. */
  @WorkflowMethod
  Answer run(String question, String vectorStoreId);
}
