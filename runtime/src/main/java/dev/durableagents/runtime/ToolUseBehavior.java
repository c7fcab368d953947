package dev.durableagents.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What happens after the tool calls of a turn: ask the model again (the default), or take a tool's
 * result as the agent's final output, like the Agents SDK's {@code tool_use_behavior}.
 *
 * <pre>{@code
 * AgentDefinition.Builder weather = AgentDefinition.newBuilder("Weather");
 * weather.setToolUseBehavior(ToolUseBehavior.stopOnFirstTool());
 * weather.setToolUseBehavior(ToolUseBehavior.stopAtTools("getWeather"));
 * weather.setToolUseBehavior(ToolUseBehavior.custom((context, results) ->
 *     ToolUseBehavior.Decision.finalOutput("Done: " + results.get(0).output())));
 * }</pre>
 *
 * <p>A tool result taken as the final output is converted to the agent's output type: text as it is
 * for {@code String} outputs, else the value read as the output type.
 */
public final class ToolUseBehavior {

  private static final ToolUseBehavior RUN_LLM_AGAIN =
      new ToolUseBehavior(Kind.RUN_LLM_AGAIN, Set.of(), null);
  private static final ToolUseBehavior STOP_ON_FIRST_TOOL =
      new ToolUseBehavior(Kind.STOP_ON_FIRST_TOOL, Set.of(), null);

  private enum Kind {
    RUN_LLM_AGAIN,
    STOP_ON_FIRST_TOOL,
    STOP_AT_TOOLS,
    CUSTOM
  }

  /**
   * Decides, from the results of a turn's tool calls, whether the run ends. Runs in the workflow.
   */
  @FunctionalInterface
  public interface ToolsToFinalOutput {
    /**
     * @param context the run's context
     * @param results the turn's tool results, in the order of the calls
     */
    Decision decide(RunContext<?> context, List<FunctionToolResult> results);
  }

  /**
   * A {@link ToolsToFinalOutput} decision.
   *
   * @param isFinalOutput whether the run ends
   * @param finalOutput the final output when it does
   */
  public record Decision(boolean isFinalOutput, Object finalOutput) {
    /** Ask the model again. */
    public static Decision runAgain() {
      return new Decision(false, null);
    }

    /** End the run with {@code output}. */
    public static Decision finalOutput(Object output) {
      return new Decision(true, output);
    }
  }

  private final Kind kind;
  private final Set<String> stopAtTools;
  private final ToolsToFinalOutput custom;

  private ToolUseBehavior(Kind kind, Set<String> stopAtTools, ToolsToFinalOutput custom) {
    this.kind = kind;
    this.stopAtTools = stopAtTools;
    this.custom = custom;
  }

  /** Send the tool results to the model and ask again (the default). */
  public static ToolUseBehavior runLlmAgain() {
    return RUN_LLM_AGAIN;
  }

  /** The first tool call's result is the final output. */
  public static ToolUseBehavior stopOnFirstTool() {
    return STOP_ON_FIRST_TOOL;
  }

  /** The result of the first call of any of these tools is the final output. */
  public static ToolUseBehavior stopAtTools(String... toolNames) {
    return new ToolUseBehavior(Kind.STOP_AT_TOOLS, Set.of(toolNames), null);
  }

  /** {@code decider} decides. */
  public static ToolUseBehavior custom(ToolsToFinalOutput decider) {
    return new ToolUseBehavior(Kind.CUSTOM, Set.of(), Objects.requireNonNull(decider, "decider"));
  }

  /** Applies the behaviour to a turn's results. */
  public Decision decide(RunContext<?> context, List<FunctionToolResult> results) {
    switch (kind) {
      case STOP_ON_FIRST_TOOL:
        return results.isEmpty() ? Decision.runAgain() : finalOf(results.get(0));
      case STOP_AT_TOOLS:
        for (FunctionToolResult result : results) {
          if (stopAtTools.contains(result.toolName())) {
            return finalOf(result);
          }
        }
        return Decision.runAgain();
      case CUSTOM:
        return Objects.requireNonNull(custom.decide(context, results), "decision");
      default:
        return Decision.runAgain();
    }
  }

  private static Decision finalOf(FunctionToolResult result) {
    return Decision.finalOutput(result.value() != null ? result.value() : result.output());
  }

  @Override
  public String toString() {
    return kind == Kind.STOP_AT_TOOLS ? "stopAtTools" + stopAtTools : kind.name();
  }
}
