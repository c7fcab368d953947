package dev.durableagents.bench;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** The benchmark's tool set: each call of {@code lookup} runs as a regular Temporal activity. */
public interface BenchTools {

  /**
   * What a lookup found.
   *
   * @param key the key looked up
   * @param value the value stored under it
   */
  record Fact(String key, String value) {}

  @FunctionTool(description = "Look up the fact stored under a key.", startToCloseTimeout = "10s")
  Fact lookup(@Param(description = "The key to look up") String key);
}
