package dev.durableagents.integration.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's facts, pure functions of a city's name: what the tools return, and so the forecast
 * a run must end with.
 */
public final class Weather {

  private static final String[] WINDS = {"calm", "breeze", "gale"};

  private Weather() {}

  /** The region of {@code city}. */
  public static String region(String city) {
    return "R" + Math.floorMod(city.hashCode(), 7);
  }

  /** The temperature of {@code city}. */
  public static int temperature(String city) {
    return Math.floorMod(city.hashCode() * 31, 35);
  }

  /** The wind in {@code city}. */
  public static String wind(String city) {
    return WINDS[Math.floorMod(city.hashCode() * 17, WINDS.length)];
  }

  /** The request that names {@code cities}. */
  public static String request(List<String> cities) {
    return "cities: " + String.join(", ", cities);
  }

  /** The cities a request names. */
  public static List<String> cities(String request) {
    String list = request.substring(request.indexOf(':') + 1);
    List<String> cities = new ArrayList<>();
    for (String city : list.split(",")) {
      if (!city.isBlank()) {
        cities.add(city.trim());
      }
    }
    return cities;
  }

  /** The forecast a run on {@code cities} must return. */
  public static Forecast expected(List<String> cities) {
    List<Forecast.CityForecast> lines = new ArrayList<>();
    for (String city : cities) {
      lines.add(new Forecast.CityForecast(city, region(city), temperature(city), wind(city)));
    }
    return new Forecast(lines);
  }
}
