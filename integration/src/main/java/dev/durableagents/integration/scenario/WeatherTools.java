package dev.durableagents.integration.scenario;

import dev.durableagents.annotations.FunctionTool;

/** The forecaster's tool set. */
public interface WeatherTools {

  /** Today's temperature in a city, in degrees Celsius. */
  @FunctionTool(description = "The temperature of a city", startToCloseTimeout = "5s")
  int temperature(String city);

  /** Today's wind in a city. */
  @FunctionTool(description = "The wind in a city", startToCloseTimeout = "5s")
  String wind(String city);
}
