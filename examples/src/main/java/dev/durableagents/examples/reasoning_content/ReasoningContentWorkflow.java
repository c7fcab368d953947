package dev.durableagents.examples.reasoning_content;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The {@link ReasoningContent} sample's workflow: asks a reasoning model, and returns its reasoning
 * summary apart from its answer.
 */
@WorkflowInterface
public interface ReasoningContentWorkflow {

  /**
   * What the model thought and said.
   *
   * @param reasoningContent the model's reasoning summary (or reasoning text, for models that
   *     return it), or {@code null} when it gave none
   * @param regularContent the answer, or {@code null}
   * @param prompt the prompt
   */
  record ReasoningResult(String reasoningContent, String regularContent, String prompt) {}

  /**
   * Asks {@code prompt}.
   *
   * @param modelName the reasoning model, or {@code null} for the agent's
   */
  @WorkflowMethod
  ReasoningResult run(String prompt, String modelName);
}
