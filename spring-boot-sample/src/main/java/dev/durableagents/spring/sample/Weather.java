package dev.durableagents.spring.sample;

/**
 * The weather in a city, as the {@code getWeather} tool returns it.
 *
 * @param city the city
 * @param temperatureRange the temperature range, e.g. {@code 14-20C}
 * @param conditions the conditions, e.g. {@code Sunny with wind}
 */
public record Weather(String city, String temperatureRange, String conditions) {}
