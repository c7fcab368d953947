package dev.durableagents.examples.tools;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link ImageGenerator} sample's workflow: an image drawn from a prompt. */
@WorkflowInterface
public interface ImageGeneratorWorkflow {

  /**
   * What the agent answered and drew.
   *
   * @param finalOutput the agent's final text
   * @param imageData the first generated image, base64-encoded, or {@code null} when it drew none
   */
  record ImageGenerationResult(String finalOutput, String imageData) {}

  @WorkflowMethod
  ImageGenerationResult run(String prompt);
}
