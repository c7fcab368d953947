package dev.durableagents.runtime;

import java.util.List;

/**
 * Ends a run that reached its max turns with a final output instead of failing it, like the Agents
 * SDK's {@code error_handlers={"max_turns": ...}}. Runs in workflow code: it must be deterministic
 * (it may run an agent of its own with {@link Runner#run}).
 *
 * <pre>{@code
 * RunConfig config = RunConfig.newBuilder()
 *     .setMaxTurns(3)
 *     .setMaxTurnsHandler((context, agent, items, error) ->
 *         "I could not finish within " + error.maxTurns() + " steps.")
 *     .build();
 * }</pre>
 *
 * <p>The output it returns goes through the last agent's output guardrails and {@code onEnd} hooks
 * like any final output; for an agent with structured output, return an instance of its output type
 * (or a value that converts to it, as a tool's result does).
 */
@FunctionalInterface
public interface MaxTurnsHandler {

  /**
   * @param context the run's context
   * @param agent the agent whose turn was next
   * @param items what the run produced so far
   * @param error the failure the run ends with when this returns {@code null}
   * @return the run's final output, or {@code null} to fail the run with {@code error}
   */
  Object onMaxTurns(
      RunContext<?> context, AgentDefinition agent, List<RunItem> items, MaxTurnsExceeded error);
}
