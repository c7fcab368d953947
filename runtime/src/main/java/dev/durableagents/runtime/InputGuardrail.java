package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * A check of a run's input, made before the first model call of the agent the run starts with.
 * Runs in workflow code: it must be deterministic, and it may run an agent of its own with {@link
 * Runner#run}. When it trips, the run throws {@link InputGuardrailTripwireTriggered}.
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
}
