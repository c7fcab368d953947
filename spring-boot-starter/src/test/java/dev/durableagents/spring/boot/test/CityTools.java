package dev.durableagents.spring.boot.test;

import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Param;

/** A tool set of the test application. */
public interface CityTools {
  /** The population of a city. */
  @FunctionTool(description = "The population of a city", startToCloseTimeout = "10s")
  long population(@Param(description = "The city") String city);
}
