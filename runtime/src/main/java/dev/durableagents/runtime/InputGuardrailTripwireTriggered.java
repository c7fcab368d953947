package dev.durableagents.runtime;

/**
 * An input guardrail tripped: the run stopped before its first model call. Catch it in the
 * workflow; uncaught, the workflow fails with an {@code ApplicationFailure} of type {@code
 * InputGuardrailTripwireTriggered} whose details hold the guardrail's output info.
 */
public final class InputGuardrailTripwireTriggered extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String guardrailName;
  private final transient Object outputInfo;

  /**
   * @param guardrailName the guardrail that tripped
   * @param outputInfo what it found
   */
  public InputGuardrailTripwireTriggered(String guardrailName, Object outputInfo) {
    super("Input guardrail " + guardrailName + " triggered its tripwire", null);
    this.guardrailName = guardrailName;
    this.outputInfo = outputInfo;
  }

  /** The guardrail that tripped. */
  public String guardrailName() {
    return guardrailName;
  }

  /** What it found. */
  public Object outputInfo() {
    return outputInfo;
  }

  @Override
  public Object[] details() {
    return new Object[] {guardrailName, outputInfo};
  }
}
