package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Item;
import java.util.List;
import java.util.Objects;

/**
 * A check of a run's input, made when the run starts. Runs in workflow code: it must be
 * deterministic, and it may run an agent of its own with {@link Runner#run}. When it trips, the run
 * throws {@link InputGuardrailTripwireTriggered}.
 *
 * <p>As in the Agents SDK, an input guardrail runs concurrently with the first model call by
 * default: the model activity is scheduled while the guardrail runs, a tripwire cancels it (the
 * history shows {@code ActivityTaskCancelRequested}), and the model's response is used (its tool
 * calls run) only once every guardrail has passed. A guardrail whose {@link #runInParallel()} is
 * {@code false} blocks instead: it runs, with the other blocking ones, before the first model call
 * is scheduled, so a tripped guardrail costs no model call. Wrap any guardrail with {@link
 * #blocking(InputGuardrail)} to make it block.
 *
 * <pre>{@code
 * public final class NoMathHomework implements InputGuardrail {
 *   public GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input) {
 *     RunResult<MathHomework> verdict = Runner.run(MathHomeworkChecker.class, input);
 *     return new GuardrailResult(verdict.finalOutput().isMathHomework(), verdict.finalOutput());
 *   }
 * }
 * }</pre>
 *
 * <p>Attach it with {@code @Guardrail(NoMathHomework.class)} (the class needs a public no-argument
 * constructor) or {@link AgentDefinition.Builder#addInputGuardrail}.
 */
@FunctionalInterface
public interface InputGuardrail {

  /**
   * @param context the run's context
   * @param agent the agent the run starts with
   * @param input the run's input
   */
  GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input);

  /** The name tripwires report; default the class's simple name. */
  default String name() {
    String name = getClass().getSimpleName();
    return name.isEmpty() ? "InputGuardrail" : name;
  }

  /**
   * Whether this guardrail runs concurrently with the first model call ({@code true}, the default)
   * or before it ({@code false}).
   */
  default boolean runInParallel() {
    return true;
  }

  /**
   * {@code guardrail}, made blocking: it runs before the first model call, under the same name.
   *
   * @param guardrail the guardrail to wrap
   * @return a guardrail whose {@link #runInParallel()} is {@code false}
   */
  static InputGuardrail blocking(InputGuardrail guardrail) {
    Objects.requireNonNull(guardrail, "guardrail");
    return new InputGuardrail() {
      @Override
      public GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input) {
        return guardrail.check(context, agent, input);
      }

      @Override
      public String name() {
        return guardrail.name();
      }

      @Override
      public boolean runInParallel() {
        return false;
      }
    };
  }
}
