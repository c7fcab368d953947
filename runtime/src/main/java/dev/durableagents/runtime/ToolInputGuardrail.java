package dev.durableagents.runtime;

/**
 * A check of a function tool call's arguments, made before the tool runs, like the Agents SDK's
 * {@code tool_input_guardrail}. Runs in workflow code: it must be deterministic. It may let the
 * call run, answer the model with a message instead of running the tool, or stop the run with
 * {@link ToolInputGuardrailTripwireTriggered}.
 *
 * <pre>{@code
 * ToolInputGuardrail noDrop = call ->
 *     call.arguments().json().toString().contains("DROP TABLE")
 *         ? ToolGuardrailResult.rejectContent("That query is not allowed.")
 *         : ToolGuardrailResult.allow();
 * FunctionToolDefinition query = ... .addInputGuardrail(noDrop).build();
 * }</pre>
 */
@FunctionalInterface
public interface ToolInputGuardrail {

  /**
   * @param call the call about to run: tool, parsed arguments, agent and run context
   */
  ToolGuardrailResult check(ToolCall call);

  /** The name tripwires report; default the class's simple name. */
  default String name() {
    String name = getClass().getSimpleName();
    return name.isEmpty() || name.contains("$$Lambda") ? "ToolInputGuardrail" : name;
  }
}
