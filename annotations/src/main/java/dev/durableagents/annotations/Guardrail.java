package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Attaches a guardrail to an agent: a check that runs in the workflow on the agent's input (an
 * {@code InputGuardrail}) or on its final output (an {@code OutputGuardrail}). When the check
 * trips, the run fails with a typed exception the calling workflow can catch.
 *
 * <pre>{@code
 * @Agent(instructions = "You are a customer support agent.")
 * @Guardrail(NoMathHomework.class)
 * public interface SupportAgent {
 *   String answer(String question);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Guardrails.class)
public @interface Guardrail {

  /** The guardrail class; it implements {@code InputGuardrail} or {@code OutputGuardrail}. */
  Class<?> value();

  /**
   * For an input guardrail: whether it runs concurrently with the agent's first model call (the
   * default, as in the Agents SDK; a tripwire cancels that call) or, when {@code false}, before it,
   * so a tripped guardrail costs no model call. Output guardrails run after the output exists:
   * setting {@code false} on one is a compile error.
   */
  boolean runInParallel() default true;
}
