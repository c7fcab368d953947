package dev.durableagents.runtime;

/**
 * An output guardrail tripped: the run stopped before returning its final output. Catch it in the
 * workflow; uncaught, the workflow fails with an {@code ApplicationFailure} of type {@code
 * OutputGuardrailTripwireTriggered} whose details hold the guardrail's name and output info.
 */
public final class OutputGuardrailTripwireTriggered extends GuardrailTripwireTriggered {

  private static final long serialVersionUID = 1L;

  /**
   * @param guardrailName the guardrail that tripped
   * @param outputInfo what it found
   */
  public OutputGuardrailTripwireTriggered(String guardrailName, Object outputInfo) {
    super("Output", guardrailName, outputInfo);
  }

  /** Decoded from a failure: its message and cause as they were. */
  OutputGuardrailTripwireTriggered(
      String message, String guardrailName, Object outputInfo, Throwable cause) {
    super(message, guardrailName, outputInfo, cause);
  }
}
