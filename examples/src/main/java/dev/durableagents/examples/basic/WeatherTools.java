package dev.durableagents.examples.basic;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** A tool set: each call of {@code getWeather} runs as a Temporal activity. */
public interface WeatherTools {

  /**
   * The weather in a city.
   *
   * @param city the city
   * @param temperatureRange the temperature range, e.g. 14-20C
   * @param conditions the conditions, e.g. Sunny with wind
   */
  record Weather(String city, String temperatureRange, String conditions) {}

  @FunctionTool(description = "Get the weather for a given city.", startToCloseTimeout = "10s")
  Weather getWeather(@Param(description = "The city to get the weather for") String city);
}
