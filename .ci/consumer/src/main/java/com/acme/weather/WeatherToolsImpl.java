package com.acme.weather;

public final class WeatherToolsImpl implements WeatherTools {
  public Weather getWeather(String city) { return new Weather(city, 21, "sunny"); }
}
