package dev.durableagents.integration.scenario;

import dev.durableagents.annotations.FunctionTool;

/** The triage agent's tool set. */
public interface AtlasTools {

  /** The region a city belongs to. */
  @FunctionTool(description = "The region of a city", startToCloseTimeout = "5s")
  String region(String city);
}
