package dev.durableagents.examples.basic;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link DynamicSystemPrompt} sample's workflow. */
@WorkflowInterface
public interface DynamicSystemPromptWorkflow {

  /**
   * Answers {@code userMessage} in a style.
   *
   * @param style {@code haiku}, {@code pirate} or {@code robot}; {@code null} for one drawn at
   *     random in the workflow
   * @return {@code "Style: <style>\nResponse: <answer>"}
   */
  @WorkflowMethod
  String run(String userMessage, String style);
}
