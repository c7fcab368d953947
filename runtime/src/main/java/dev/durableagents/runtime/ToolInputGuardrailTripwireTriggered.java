package dev.durableagents.runtime;

/**
 * A tool input guardrail stopped the run ({@link ToolGuardrailResult#raiseException}). Catch it in
 * the workflow; uncaught, the workflow fails with an {@code ApplicationFailure} of type {@code
 * ToolInputGuardrailTripwireTriggered} whose details hold the guardrail's name, its output info and
 * the tool's name; {@link AgentFailures#from} turns it back into this exception at the client.
 */
public final class ToolInputGuardrailTripwireTriggered extends ToolGuardrailTripwireTriggered {

  private static final long serialVersionUID = 1L;

  /**
   * @param guardrailName the guardrail that tripped
   * @param toolName the tool whose call it checked
   * @param outputInfo what it found
   */
  public ToolInputGuardrailTripwireTriggered(
      String guardrailName, String toolName, Object outputInfo) {
    this(message("input", guardrailName, toolName), guardrailName, toolName, outputInfo, null);
  }

  /** Decoded from a failure: its message and cause as they were. */
  ToolInputGuardrailTripwireTriggered(
      String message, String guardrailName, String toolName, Object outputInfo, Throwable cause) {
    super(message, guardrailName, toolName, outputInfo, cause);
  }
}
