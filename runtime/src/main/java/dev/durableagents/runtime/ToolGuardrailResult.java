package dev.durableagents.runtime;

import java.util.Objects;

/**
 * What a tool guardrail concluded, as the Agents SDK's {@code ToolGuardrailFunctionOutput} has it:
 * let the call go on, replace what the model gets with a message, or stop the run.
 *
 * @param behavior what happens next
 * @param message the text the model gets instead, for {@link Behavior#REJECT_CONTENT}
 * @param outputInfo what the guardrail found; for {@link Behavior#RAISE_EXCEPTION}, carried by the
 *     tripwire exception (serializable to JSON), or {@code null}
 */
public record ToolGuardrailResult(Behavior behavior, String message, Object outputInfo) {

  /** What happens after a tool guardrail ran. */
  public enum Behavior {
    /** The call goes on: the tool runs (input), or its output goes to the model (output). */
    ALLOW,
    /**
     * The model gets {@link #message()} as the call's output: the tool does not run (input), or its
     * output is not sent (output). The run goes on.
     */
    REJECT_CONTENT,
    /** The run stops with a tool guardrail tripwire exception. */
    RAISE_EXCEPTION
  }

  public ToolGuardrailResult {
    Objects.requireNonNull(behavior, "behavior");
    if (behavior == Behavior.REJECT_CONTENT) {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Let the call go on. */
  public static ToolGuardrailResult allow() {
    return new ToolGuardrailResult(Behavior.ALLOW, null, null);
  }

  /** Send {@code message} to the model as the call's output instead. */
  public static ToolGuardrailResult rejectContent(String message) {
    return new ToolGuardrailResult(Behavior.REJECT_CONTENT, message, null);
  }

  /** Stop the run with a tripwire exception carrying {@code outputInfo}. */
  public static ToolGuardrailResult raiseException(Object outputInfo) {
    return new ToolGuardrailResult(Behavior.RAISE_EXCEPTION, null, outputInfo);
  }
}
