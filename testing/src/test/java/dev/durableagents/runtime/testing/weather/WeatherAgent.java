package dev.durableagents.runtime.testing.weather;

import dev.durableagents.annotations.Agent;

/** The agent the testing kit's own tests run. */
@Agent(
    name = "Weather Assistant",
    instructions = "You are a helpful weather agent.",
    tools = {WeatherTools.class})
public interface WeatherAgent {
  String ask(String question);
}
