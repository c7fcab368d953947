package dev.durableagents.spring.sample;

import org.springframework.stereotype.Component;

/** The tool set as a Spring bean, with a canned forecast (a real one would call a weather API). */
@Component
public class WeatherToolsBean implements WeatherTools {

  /** Creates the bean; Spring calls it. */
  public WeatherToolsBean() {}

  @Override
  public Weather getWeather(String city) {
    return new Weather(city, "14-20C", "Sunny with wind");
  }
}
