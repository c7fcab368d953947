package dev.durableagents.integration.scenario;

import java.util.List;

/** The scenario's structured output: one line per city of the request, in its order. */
public record Forecast(List<CityForecast> cities) {

  /** What the tools say of one city. */
  public record CityForecast(String city, String region, int temperature, String wind) {}
}
