package com.acme.weather;

import dev.durableagents.annotations.Agent;

@Agent(name = "Weather Assistant",
       instructions = "You are a helpful weather agent.",
       tools = {WeatherTools.class})
public interface WeatherAgent {
  String ask(String question);
}
