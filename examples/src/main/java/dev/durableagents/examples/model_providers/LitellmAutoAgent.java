package dev.durableagents.examples.model_providers;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;

/**
 * A haiku poet with a weather tool, on whatever model the proxy serves: the agent names no model,
 * so the worker's provider picks it ({@code LITELLM_MODEL}).
 */
@Agent(name = "Assistant", instructions = "You only respond in haikus.")
public interface LitellmAutoAgent {

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
