package dev.durableagents.spring.sample;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/**
 * The sample's tool set. The processor generates {@code WeatherToolsActivities} and {@code
 * WeatherToolsActivitiesImpl}; the starter registers any bean implementing this interface on the
 * worker as those activities.
 */
public interface WeatherTools {

  /** The current weather in {@code city}. */
  @FunctionTool(description = "Get the current weather for a city", startToCloseTimeout = "10s")
  Weather getWeather(@Param(description = "The city name") String city);
}
