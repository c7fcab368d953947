package dev.durableagents.runtime;

/**
 * Whether a tool or a handoff is offered to the model on a turn, like the Agents SDK's {@code
 * is_enabled}: a predicate of the run's context and the agent. It runs in workflow code before each
 * model call of the agent, so it must be deterministic. A disabled tool is left out of the request;
 * a call the model makes to it anyway is answered as a call to an unknown tool.
 *
 * <pre>{@code
 * public final class OnlyForPremium implements IsEnabled {
 *   public boolean test(RunContext<?> context, AgentDefinition agent) {
 *     return ((Customer) context.context()).premium();
 *   }
 * }
 * // @FunctionTool(description = "...", isEnabled = OnlyForPremium.class)
 * // FunctionToolDefinition.newBuilder("refund")...setIsEnabled(new OnlyForPremium())
 * }</pre>
 *
 * <p>A class named in an annotation needs a public no-argument constructor.
 */
@FunctionalInterface
public interface IsEnabled {

  /**
   * @param context the run's context
   * @param agent the agent about to call the model
   * @return whether the tool or handoff is offered on this turn
   */
  boolean test(RunContext<?> context, AgentDefinition agent);
}
