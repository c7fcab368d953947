package com.acme.weather;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

public interface WeatherTools {
  @FunctionTool(description = "Get the current weather for a city", startToCloseTimeout = "10s")
  Weather getWeather(@Param(description = "The city name") String city);
}
