package dev.durableagents.integration.scenario;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The scenario's tools: pure functions ({@link Weather}) that take a while and leave a side effect
 * (a line in the worker's {@link SideEffectLog}), so a test can count how often each ran.
 */
public final class ScenarioTools implements AtlasTools, WeatherTools {

  private final SideEffectLog log;
  private final int maxDelayMillis;

  /**
   * @param log where starts and ends are written, or {@code null} for none
   * @param maxDelayMillis each call takes a random time up to this
   */
  public ScenarioTools(SideEffectLog log, int maxDelayMillis) {
    this.log = log;
    this.maxDelayMillis = maxDelayMillis;
  }

  @Override
  public String region(String city) {
    return run(() -> Weather.region(city));
  }

  @Override
  public int temperature(String city) {
    return run(() -> Weather.temperature(city));
  }

  @Override
  public String wind(String city) {
    return run(() -> Weather.wind(city));
  }

  private <T> T run(java.util.function.Supplier<T> effect) {
    if (log != null) {
      log.start();
    }
    if (maxDelayMillis > 0) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    T value = effect.get();
    if (log != null) {
      log.end();
    }
    return value;
  }
}
