package dev.durableagents.runtime;

/**
 * A guardrail tripped: the common part of {@link InputGuardrailTripwireTriggered}, {@link
 * OutputGuardrailTripwireTriggered} and the tool guardrails' {@link
 * ToolInputGuardrailTripwireTriggered} and {@link ToolOutputGuardrailTripwireTriggered}. Uncaught,
 * it fails the workflow with an {@code ApplicationFailure} of the subclass's name whose details are
 * the guardrail's name and output info (then, for a tool guardrail, the tool's name).
 */
public abstract class GuardrailTripwireTriggered extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String guardrailName;
  private final transient Object outputInfo;

  GuardrailTripwireTriggered(String kind, String guardrailName, Object outputInfo) {
    this(
        kind + " guardrail " + guardrailName + " triggered its tripwire",
        guardrailName,
        outputInfo,
        null);
  }

  /** Decoded from a failure: its message and cause as they were. */
  GuardrailTripwireTriggered(
      String message, String guardrailName, Object outputInfo, Throwable cause) {
    super(message, cause);
    this.guardrailName = guardrailName;
    this.outputInfo = outputInfo;
  }

  /** The guardrail that tripped. */
  public String guardrailName() {
    return guardrailName;
  }

  /**
   * What it found: the object the guardrail returned in the workflow; decoded at a client by {@link
   * AgentFailures#from}, its JSON form ({@code Map}, {@code List}, {@code String}, number, boolean
   * or {@code null}).
   */
  public Object outputInfo() {
    return outputInfo;
  }

  @Override
  public Object[] details() {
    return new Object[] {guardrailName, outputInfo};
  }
}
