package dev.durableagents.examples.basic;

/** The worker-side implementation of {@link WeatherTools}; a real one would call a weather API. */
public final class WeatherToolsImpl implements WeatherTools {

  @Override
  public Weather getWeather(String city) {
    return new Weather(city, "14-20C", "Sunny with wind.");
  }
}
