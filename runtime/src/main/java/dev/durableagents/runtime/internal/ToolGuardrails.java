package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.ToolGuardrailResult;
import dev.durableagents.runtime.ToolInputGuardrail;
import dev.durableagents.runtime.ToolInputGuardrailTripwireTriggered;
import dev.durableagents.runtime.ToolOutputGuardrail;
import dev.durableagents.runtime.ToolOutputGuardrailTripwireTriggered;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;

/**
 * Runs a function tool's input and output guardrails in workflow code, in declaration order; the
 * first that does not allow the call decides.
 */
final class ToolGuardrails {

  /** A result an output guardrail replaced: the model gets the message instead. */
  record Rejected(String message) {}

  private ToolGuardrails() {}

  /**
   * Checks the call before the tool runs.
   *
   * @return the message the model gets instead of running the tool, or {@code null} to run it
   * @throws ToolInputGuardrailTripwireTriggered when a guardrail stops the run
   */
  static String checkInput(FunctionToolDefinition tool, ToolCall call) {
    for (ToolInputGuardrail guardrail : tool.inputGuardrails()) {
      ToolGuardrailResult result = guardrail.check(call);
      if (result == null || result.behavior() == ToolGuardrailResult.Behavior.ALLOW) {
        continue;
      }
      if (result.behavior() == ToolGuardrailResult.Behavior.REJECT_CONTENT) {
        return result.message();
      }
      throw new ToolInputGuardrailTripwireTriggered(
          guardrail.name(), call.toolName(), result.outputInfo());
    }
    return null;
  }

  /**
   * The tool's result once its output guardrails checked it (in a workflow thread of their own, so
   * they may block): the result itself, or {@link Rejected}.
   */
  @SuppressWarnings("unchecked")
  static Promise<Object> checkOutput(
      FunctionToolDefinition tool, ToolCall call, Promise<?> result) {
    if (tool.outputGuardrails().isEmpty()) {
      return (Promise<Object>) result;
    }
    return result.thenCompose(value -> Async.function(() -> checked(tool, call, value)));
  }

  private static Object checked(FunctionToolDefinition tool, ToolCall call, Object value) {
    for (ToolOutputGuardrail guardrail : tool.outputGuardrails()) {
      ToolGuardrailResult result = guardrail.check(call, value);
      if (result == null || result.behavior() == ToolGuardrailResult.Behavior.ALLOW) {
        continue;
      }
      if (result.behavior() == ToolGuardrailResult.Behavior.REJECT_CONTENT) {
        return new Rejected(result.message());
      }
      throw new ToolOutputGuardrailTripwireTriggered(
          guardrail.name(), call.toolName(), result.outputInfo());
    }
    return value;
  }
}
