package dev.durableagents.examples.tools;

import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.ImageGenerationCall;

/** Runs the agent and takes the first generated image from the run's items. */
public final class ImageGeneratorWorkflowImpl implements ImageGeneratorWorkflow {

  @Override
  public ImageGenerationResult run(String prompt) {
    RunResult<String> result = Runner.run(ImageGeneratorAgent.class, prompt);
    for (RunItem item : result.newItems()) {
      if (item instanceof RunItem.HostedToolCallItem hosted
          && hosted.item() instanceof ImageGenerationCall image
          && image.result() != null) {
        return new ImageGenerationResult(result.finalOutput(), image.result());
      }
    }
    return new ImageGenerationResult(result.finalOutput(), null);
  }
}
