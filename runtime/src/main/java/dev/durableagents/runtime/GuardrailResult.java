package dev.durableagents.runtime;

/**
 * What a guardrail concluded.
 *
 * @param tripwireTriggered whether the run must stop
 * @param outputInfo what the guardrail found, for whoever catches the tripwire; serializable to
 *     JSON, or {@code null}
 */
public record GuardrailResult(boolean tripwireTriggered, Object outputInfo) {

  /** The check passed. */
  public static GuardrailResult pass(Object outputInfo) {
    return new GuardrailResult(false, outputInfo);
  }

  /** The check failed: the run stops with a tripwire exception carrying {@code outputInfo}. */
  public static GuardrailResult tripwire(Object outputInfo) {
    return new GuardrailResult(true, outputInfo);
  }
}
