package dev.durableagents.runtime;

/**
 * A check of an agent's final output, made before the run returns it. Runs in workflow code: it
 * must be deterministic, and it may run an agent of its own with {@link Runner#run}. When it trips,
 * the run throws {@link OutputGuardrailTripwireTriggered}.
 *
 * <pre>{@code
 * public final class NoPhoneNumbers implements OutputGuardrail<MessageOutput> {
 *   public GuardrailResult check(RunContext<?> context, AgentDefinition agent, MessageOutput out) {
 *     return out.response().contains("650") ? GuardrailResult.tripwire("phone number")
 *                                           : GuardrailResult.pass(null);
 *   }
 * }
 * }</pre>
 *
 * @param <T> the agent's output type
 */
@FunctionalInterface
public interface OutputGuardrail<T> {

  /**
   * @param context the run's context
   * @param agent the agent that produced the output
   * @param output the final output
   */
  GuardrailResult check(RunContext<?> context, AgentDefinition agent, T output);

  /** The name tripwires report; default the class's simple name. */
  default String name() {
    String name = getClass().getSimpleName();
    return name.isEmpty() ? "OutputGuardrail" : name;
  }
}
