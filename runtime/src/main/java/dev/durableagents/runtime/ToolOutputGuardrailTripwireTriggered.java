package dev.durableagents.runtime;

/**
 * A tool output guardrail stopped the run ({@link ToolGuardrailResult#raiseException}). Catch it in
 * the workflow; uncaught, the workflow fails with an {@code ApplicationFailure} of type {@code
 * ToolOutputGuardrailTripwireTriggered} whose details hold the guardrail's name, its output info
 * and the tool's name; {@link AgentFailures#from} turns it back into this exception at the client.
 */
public final class ToolOutputGuardrailTripwireTriggered extends ToolGuardrailTripwireTriggered {

  private static final long serialVersionUID = 1L;

  /**
   * @param guardrailName the guardrail that tripped
   * @param toolName the tool whose call it checked
   * @param outputInfo what it found
   */
  public ToolOutputGuardrailTripwireTriggered(
      String guardrailName, String toolName, Object outputInfo) {
    this(message("output", guardrailName, toolName), guardrailName, toolName, outputInfo, null);
  }

  /** Decoded from a failure: its message and cause as they were. */
  ToolOutputGuardrailTripwireTriggered(
      String message, String guardrailName, String toolName, Object outputInfo, Throwable cause) {
    super(message, guardrailName, toolName, outputInfo, cause);
  }
}
