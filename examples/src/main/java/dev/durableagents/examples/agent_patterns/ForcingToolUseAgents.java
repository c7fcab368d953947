package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.ModelSettings;
import dev.durableagents.runtime.FunctionToolResult;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.ToolUseBehavior;
import java.util.List;

/**
 * The agents of the {@link ForcingToolUse} sample: one weather agent per tool-use behaviour.
 * Forcing a tool ({@code toolChoice = "required"}) only makes sense when a tool's result can end
 * the run; with the default behaviour the model would be asked again and forced to call a tool
 * forever, so that agent leaves the choice to the model.
 */
public final class ForcingToolUseAgents {

  private ForcingToolUseAgents() {}

  /**
   * The weather in a city.
   *
   * @param city the city
   * @param temperatureRange the temperature range
   * @param conditions the conditions
   */
  public record Weather(String city, String temperatureRange, String conditions) {

    /** The (made-up) weather in {@code city}. */
    static Weather in(String city) {
      return new Weather(city, "14-20C", "Sunny with wind");
    }
  }

  /** Default behaviour: the tool's result goes back to the model, which answers. */
  @Agent(name = "Weather agent", instructions = "You are a helpful agent.")
  public interface DefaultAgent {
    String ask(String question);

    /** Get the weather for a city. */
    @FunctionTool
    default Weather getWeather(String city) {
      return Weather.in(city);
    }
  }

  /** The first tool's result is the final output; the model must call a tool. */
  @Agent(name = "Weather agent", instructions = "You are a helpful agent.", stopOnFirstTool = true)
  @ModelSettings(toolChoice = "required")
  public interface FirstToolAgent {
    String ask(String question);

    /** Get the weather for a city. */
    @FunctionTool
    default Weather getWeather(String city) {
      return Weather.in(city);
    }
  }

  /** {@link CustomToolUseBehavior} turns the tool's result into the final output. */
  @Agent(
      name = "Weather agent",
      instructions = "You are a helpful agent.",
      toolsToFinalOutput = CustomToolUseBehavior.class)
  @ModelSettings(toolChoice = "required")
  public interface CustomAgent {
    String ask(String question);

    /** Get the weather for a city. */
    @FunctionTool
    default Weather getWeather(String city) {
      return Weather.in(city);
    }
  }

  /** Ends the run with a sentence made from the first tool result, without asking the model. */
  public static final class CustomToolUseBehavior implements ToolUseBehavior.ToolsToFinalOutput {
    @Override
    public ToolUseBehavior.Decision decide(
        RunContext<?> context, List<FunctionToolResult> results) {
      // In-workflow tools hand over their Java result as it is.
      Weather weather = (Weather) results.get(0).value();
      return ToolUseBehavior.Decision.finalOutput(
          weather.city() + " is " + weather.conditions() + ".");
    }
  }
}
