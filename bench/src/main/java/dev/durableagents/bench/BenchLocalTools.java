package dev.durableagents.bench;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** The same tool as {@link BenchTools}, declared to run as a local activity. */
public interface BenchLocalTools {

  @FunctionTool(
      description = "Look up the fact stored under a key.",
      startToCloseTimeout = "10s",
      localActivity = true)
  BenchTools.Fact lookup(@Param(description = "The key to look up") String key);
}
