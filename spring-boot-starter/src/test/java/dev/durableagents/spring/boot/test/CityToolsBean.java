package dev.durableagents.spring.boot.test;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The tool set as a Spring bean: the starter registers it on the worker. */
@Component
public class CityToolsBean implements CityTools {
  private final Map<String, Long> populations = Map.of("Tokyo", 14_000_000L);

  @Override
  public long population(String city) {
    return populations.getOrDefault(city, 0L);
  }
}
