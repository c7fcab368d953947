package dev.durableagents.runtime;

/**
 * An output guardrail tripped: the run stopped before returning its final output. Catch it in the
 * workflow; uncaught, the workflow fails with an {@code ApplicationFailure} of type {@code
 * OutputGuardrailTripwireTriggered} whose details hold the guardrail's output info.
 */
public final class OutputGuardrailTripwireTriggered extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String guardrailName;
  private final transient Object outputInfo;

  /**
   * @param guardrailName the guardrail that tripped
   * @param outputInfo what it found
   */
  public OutputGuardrailTripwireTriggered(String guardrailName, Object outputInfo) {
    super("Output guardrail " + guardrailName + " triggered its tripwire", null);
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
