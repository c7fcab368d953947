package dev.durableagents.runtime.testing.weather;

/** Sunny everywhere. */
public class WeatherToolsImpl implements WeatherTools {
  @Override
  public String getWeather(String city) {
    return "Sunny in " + city;
  }
}
