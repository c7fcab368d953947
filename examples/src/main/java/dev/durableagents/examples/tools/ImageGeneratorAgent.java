package dev.durableagents.examples.tools;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.ImageGenerationTool;

/** Draws images with OpenAI's hosted image generation, at low quality. */
// The image comes back base64-encoded in the model activity's result, so it is stored in the
// workflow history too.
@Agent(name = "Image generator", instructions = "You are a helpful agent.")
@ImageGenerationTool(quality = "low")
public interface ImageGeneratorAgent {
  String draw(String prompt);
}
