package dev.durableagents.integration.scenario;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Handoff;

/**
 * The entry agent of the scenario: finds the region of each city of the request, one tool call a
 * turn, then hands the conversation to the {@link ForecastAgent}.
 */
@Agent(
    name = "Triage",
    instructions = "triage: find the region of every city, one at a time, then hand off.",
    tools = {AtlasTools.class},
    maxTurns = 100)
@Handoff(agent = ForecastAgent.class)
public interface TriageAgent {

  /** A request naming the cities, for example {@code "cities: Oslo, Lima"}. */
  Forecast forecast(String request);
}
