package dev.durableagents.runtime.testing.weather;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** One tool: the weather of a city. */
public interface WeatherTools {
  @FunctionTool(description = "Get the current weather for a city", startToCloseTimeout = "10s")
  String getWeather(@Param(description = "The city name") String city);
}
