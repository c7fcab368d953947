package dev.durableagents.runtime;

/**
 * Computes an agent's instructions for each model call, from the run's context: dynamic
 * instructions. Runs in workflow code, so it must be deterministic.
 *
 * <pre>{@code
 * AgentDefinition agent = AgentDefinition.newBuilder("Assistant")
 *     .setInstructions((context, self) -> "Answer in the style of " + context.context())
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface InstructionsProvider {

  /**
   * @param context the run's context
   * @param agent the agent about to call the model
   * @return the system prompt
   */
  String instructions(RunContext<?> context, AgentDefinition agent);
}
