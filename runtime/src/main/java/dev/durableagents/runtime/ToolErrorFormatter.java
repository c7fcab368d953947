package dev.durableagents.runtime;

import java.util.Objects;

/**
 * The text the model receives when a tool fails (its activity failed after its retries, or an
 * in-workflow tool threw), instead of the default {@code "Error: tool '<name>' failed: <error>"};
 * like the Agents SDK's {@code failure_error_function}. Runs in workflow code: it must be
 * deterministic. (A tool marked to fail the run on error fails it instead.)
 *
 * <pre>{@code
 * FunctionToolDefinition.newBuilder("getWeather")
 *     ...
 *     .setFailureMessage((call, error) -> "The weather service is unavailable; answer without it.")
 *     .build();
 * // or @FunctionTool(failureMessage = "The weather service is unavailable; answer without it.")
 * }</pre>
 */
@FunctionalInterface
public interface ToolErrorFormatter {

  /**
   * @param call the call that failed
   * @param error the failure's message (for an activity, its original message)
   * @return the text sent back to the model as the call's output
   */
  String format(ToolCall call, String error);

  /** A formatter that always answers {@code message}. */
  static ToolErrorFormatter constant(String message) {
    Objects.requireNonNull(message, "message");
    return (call, error) -> message;
  }
}
