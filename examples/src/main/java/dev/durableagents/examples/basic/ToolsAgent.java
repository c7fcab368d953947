package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;

/** An agent with one tool set: the model calls {@code getWeather}, which runs as an activity. */
@Agent(name = "Hello world", instructions = "You are a helpful agent.", tools = WeatherTools.class)
public interface ToolsAgent {
  String run(String question);
}
