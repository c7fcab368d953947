package dev.durableagents.examples.tracing;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Guardrail;
import dev.durableagents.annotations.Handoff;
import dev.durableagents.annotations.Param;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.Item;
import java.util.List;

/** The agents of {@code tracing/SpanTree}: a triage agent that hands off to a forecaster. */
public final class TracingAgents {

  private TracingAgents() {}

  /** A tool set: each call runs as an activity, a span of its own on the worker. */
  public interface ForecastTools {
    @FunctionTool(description = "The forecast of a city for today.", startToCloseTimeout = "10s")
    String forecast(@Param(description = "The city") String city);
  }

  /** The worker's implementation of {@link ForecastTools}. */
  public static final class ForecastToolsImpl implements ForecastTools {
    @Override
    public String forecast(String city) {
      return "Sunny, 14-20C in " + city;
    }
  }

  /** A guardrail that lets everything through: it shows as a span of the run. */
  public static final class NotEmpty implements InputGuardrail {
    @Override
    public GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input) {
      return new GuardrailResult(input.isEmpty(), null);
    }
  }

  @Agent(
      name = "Forecaster",
      instructions = "Answer with the forecast of the city the user names.",
      tools = ForecastTools.class)
  public interface Forecaster {
    String answer(String question);
  }

  @Agent(name = "Triage", instructions = "Hand questions about the weather to the forecaster.")
  @Handoff(agent = Forecaster.class)
  @Guardrail(NotEmpty.class)
  public interface Triage {
    String answer(String question);
  }
}
