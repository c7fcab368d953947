package dev.durableagents.runtime.openai;

import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelProvider;

/** Placeholder until the OpenAI provider lands in this branch. */
public final class OpenAIProvider implements ModelProvider {
  public static OpenAIProvider fromEnvironment() {
    return new OpenAIProvider();
  }

  @Override
  public Model getModel(String modelName) {
    throw new IllegalStateException("OpenAI provider pending");
  }
}
