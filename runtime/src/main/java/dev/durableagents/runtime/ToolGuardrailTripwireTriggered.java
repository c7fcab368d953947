package dev.durableagents.runtime;

/**
 * A tool guardrail stopped the run ({@link ToolGuardrailResult#raiseException}): {@link
 * ToolInputGuardrailTripwireTriggered} before the tool ran, {@link
 * ToolOutputGuardrailTripwireTriggered} before the model saw its result. Catch this type for
 * either. The failure's details hold the guardrail's name, its output info and the tool's name.
 */
public abstract class ToolGuardrailTripwireTriggered extends GuardrailTripwireTriggered {

  private static final long serialVersionUID = 1L;

  private final String toolName;

  ToolGuardrailTripwireTriggered(
      String message, String guardrailName, String toolName, Object outputInfo, Throwable cause) {
    super(message, guardrailName, outputInfo, cause);
    this.toolName = toolName;
  }

  /** The message of a guardrail of this kind ({@code "input"} or {@code "output"}) tripping. */
  static String message(String kind, String guardrailName, String toolName) {
    return "Tool "
        + kind
        + " guardrail "
        + guardrailName
        + " of tool '"
        + toolName
        + "' triggered its tripwire";
  }

  /** The tool whose call the guardrail checked. */
  public String toolName() {
    return toolName;
  }

  @Override
  public Object[] details() {
    return new Object[] {guardrailName(), outputInfo(), toolName};
  }
}
