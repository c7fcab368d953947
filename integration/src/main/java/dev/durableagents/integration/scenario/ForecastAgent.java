package dev.durableagents.integration.scenario;

import dev.durableagents.annotations.Agent;

/**
 * The agent the triage hands off to: asks for each city's temperature and wind in one turn (two
 * tool calls that run in parallel), then answers with the structured {@link Forecast}.
 */
@Agent(
    name = "Forecaster",
    instructions = "forecaster: get temperature and wind of each city, then answer.",
    tools = {WeatherTools.class},
    maxTurns = 100)
public interface ForecastAgent {

  /** The request, as the triage agent had it. */
  Forecast forecast(String request);
}
