package dev.durableagents.runtime;

/**
 * A check of a function tool's result, made before the model sees it, like the Agents SDK's {@code
 * tool_output_guardrail}. Runs in workflow code: it must be deterministic. It may let the output
 * through, send the model a message instead, or stop the run with {@link
 * ToolOutputGuardrailTripwireTriggered}. It sees results only: a failed call's error text goes to
 * the model unchecked.
 *
 * <pre>{@code
 * ToolOutputGuardrail noSecrets = (call, output) ->
 *     String.valueOf(output).contains("sk-")
 *         ? ToolGuardrailResult.raiseException("an API key in the output")
 *         : ToolGuardrailResult.allow();
 * }</pre>
 */
@FunctionalInterface
public interface ToolOutputGuardrail {

  /**
   * @param call the call that ran
   * @param output the tool's result as returned (for an activity, as decoded), or {@code null}
   */
  ToolGuardrailResult check(ToolCall call, Object output);

  /** The name tripwires report; default the class's simple name. */
  default String name() {
    String name = getClass().getSimpleName();
    return name.isEmpty() || name.contains("$$Lambda") ? "ToolOutputGuardrail" : name;
  }
}
