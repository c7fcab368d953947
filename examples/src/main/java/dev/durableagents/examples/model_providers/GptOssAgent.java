package dev.durableagents.examples.model_providers;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;

/**
 * A haiku poet with a weather tool on {@code gpt-oss:20b}, an open-weight model served by Ollama:
 * the {@code ollama/} prefix routes its calls to the worker's Ollama provider, over Chat
 * Completions.
 */
@Agent(
    name = "Assistant",
    instructions =
        "You only respond in haikus. When asked about the weather always use the tool to get the"
            + " current weather.",
    model = ModelProviders.OLLAMA_PREFIX + "/gpt-oss:20b")
public interface GptOssAgent {

  String run(String prompt);

  /**
   * Get the weather for a city. An in-workflow tool: it runs in the workflow, not as an activity.
   *
   * @param city the city
   */
  @FunctionTool(name = "get_weather")
  default String getWeather(String city) {
    return "The weather in " + city + " is sunny.";
  }
}
