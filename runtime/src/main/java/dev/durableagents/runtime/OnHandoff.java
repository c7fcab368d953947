package dev.durableagents.runtime;

/**
 * Called in workflow code when the model takes a handoff, before the next agent starts; must be
 * deterministic (it may use {@code Workflow.randomUUID()}, {@code Workflow.newRandom()}, and change
 * the run's context).
 *
 * <p>The input is what the model passed to the handoff tool, parsed into {@code I}: the model is
 * given {@code I}'s JSON schema. Use {@code Void} for a handoff without input.
 *
 * <pre>{@code
 * public final class SetFlightNumber implements OnHandoff<Void> {
 *   public void onHandoff(RunContext<?> context, Void input) {
 *     AirlineContext airline = (AirlineContext) context.context();
 *     airline.flightNumber = "FLT-" + Workflow.newRandom().nextInt(1000);
 *   }
 * }
 * }</pre>
 *
 * @param <I> the handoff's input type
 */
@FunctionalInterface
public interface OnHandoff<I> {

  /**
   * @param context the run's context
   * @param input the model's input to the handoff, or {@code null} for {@code Void}
   */
  void onHandoff(RunContext<?> context, I input);
}
