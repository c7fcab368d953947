package dev.durableagents.runtime;

/**
 * A guardrail tripped: the common part of {@link InputGuardrailTripwireTriggered} and {@link
 * OutputGuardrailTripwireTriggered}. Uncaught, it fails the workflow with an {@code
 * ApplicationFailure} of the subclass's name whose details are the guardrail's name and output
 * info.
 */
public abstract class GuardrailTripwireTriggered extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String guardrailName;
  private final transient Object outputInfo;

  GuardrailTripwireTriggered(String kind, String guardrailName, Object outputInfo) {
    super(kind + " guardrail " + guardrailName + " triggered its tripwire", null);
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
