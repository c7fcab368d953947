package dev.durableagents.runtime;

/**
 * An input guardrail tripped: the run stopped before it used any model response (a model call that
 * was under way is cancelled). Catch it in the workflow; uncaught, the workflow fails with an
 * {@code ApplicationFailure} of type {@code InputGuardrailTripwireTriggered} whose details hold the
 * guardrail's name and output info.
 */
public final class InputGuardrailTripwireTriggered extends GuardrailTripwireTriggered {

  private static final long serialVersionUID = 1L;

  /**
   * @param guardrailName the guardrail that tripped
   * @param outputInfo what it found
   */
  public InputGuardrailTripwireTriggered(String guardrailName, Object outputInfo) {
    super("Input", guardrailName, outputInfo);
  }

  /** Decoded from a failure: its message and cause as they were. */
  InputGuardrailTripwireTriggered(
      String message, String guardrailName, Object outputInfo, Throwable cause) {
    super(message, guardrailName, outputInfo, cause);
  }
}
