package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.ToolArguments;
import dev.durableagents.runtime.ToolArgumentsException;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.ToolCallFailed;
import dev.durableagents.runtime.ToolOutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.trace.SpanKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Runs the tool calls of one model response: all are started before any is awaited, so their
 * activities are scheduled together; outputs come back in the order of the calls.
 *
 * <p>What the model got wrong goes back to the model as the call's output, and the run goes on: an
 * unknown tool, arguments that are not JSON or do not fit the parameters, and a tool that failed
 * (an activity after its retries, or an in-workflow tool that threw) unless the tool is marked to
 * fail the run.
 */
final class ToolRunner {

  /**
   * The outcome of one call.
   *
   * @param call the model's call
   * @param output the text sent back to the model
   * @param value the tool's result as returned, or {@code null} when the call failed
   * @param failed whether the call failed (for metrics and spans: a tool's own failure message does
   *     not start with "Error:")
   */
  record Outcome(FunctionCall call, String output, Object value, boolean failed) {

    /** An outcome that failed when it has no value and its text is an error. */
    Outcome(FunctionCall call, String output, Object value) {
      this(call, output, value, value == null && output.startsWith("Error:"));
    }
  }

  private record Started(FunctionCall call, ToolCall toolCall, Promise<Outcome> outcome) {}

  // Replay-aware: silent while the workflow replays.
  private static final Logger log = Workflow.getLogger(ToolRunner.class);

  private ToolRunner() {}

  /**
   * Runs the calls.
   *
   * @param mcpTools the tools of the agent's MCP servers, besides its own
   * @param refusals for each call, {@code null} to run it, or the text the model gets instead (a
   *     call a person did not approve)
   */
  static List<Outcome> runAll(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      List<FunctionCall> calls,
      RunContext<?> context,
      Hooks hooks,
      List<String> refusals) {
    List<Started> started = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      FunctionCall call = calls.get(i);
      String refusal = refusals.get(i);
      started.add(
          refusal == null
              ? start(agent, mcpTools, call, context, hooks)
              : new Started(call, null, error(call, refusal)));
    }
    List<Promise<Outcome>> promises = new ArrayList<>(started.size());
    started.forEach(s -> promises.add(s.outcome()));
    Promise.allOf(promises).get();
    List<Outcome> outcomes = new ArrayList<>(started.size());
    for (Started s : started) {
      Outcome outcome = s.outcome().get();
      if (s.toolCall() != null) {
        hooks.toolEnd(agent, s.toolCall(), outcome.output());
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  /** The agent's tool or MCP tool named {@code name}, or {@code null}. */
  static FunctionToolDefinition find(
      AgentDefinition agent, List<FunctionToolDefinition> mcpTools, String name) {
    FunctionToolDefinition tool = agent.findTool(name);
    if (tool != null) {
      return tool;
    }
    for (FunctionToolDefinition mcpTool : mcpTools) {
      if (mcpTool.name().equals(name)) {
        return mcpTool;
      }
    }
    return null;
  }

  private static Started start(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      FunctionCall call,
      RunContext<?> context,
      Hooks hooks) {
    WorkflowTelemetry telemetry = WorkflowTelemetry.current();
    if (telemetry == null && !log.isDebugEnabled()) {
      return startCall(agent, mcpTools, call, context, hooks);
    }
    long startMillis = Workflow.currentTimeMillis();
    WorkflowTelemetry.Step step =
        telemetry == null
            ? null
            : telemetry
                .start("execute_tool " + call.name(), SpanKind.INTERNAL)
                .put(GenAiAttributes.OPERATION_NAME, "execute_tool")
                .put(GenAiAttributes.TOOL_NAME, call.name())
                .put(GenAiAttributes.TOOL_CALL_ID, call.callId())
                .put(GenAiAttributes.TOOL_TYPE, "function")
                .put(GenAiAttributes.AGENT_NAME, agent.name());
    Started started;
    try {
      started =
          step == null
              ? startCall(agent, mcpTools, call, context, hooks)
              : step.within(() -> startCall(agent, mcpTools, call, context, hooks));
    } catch (RuntimeException | Error e) {
      if (step != null) {
        step.end(e);
        telemetry.toolEnded(step, call.name(), agent.name(), null, WorkflowTelemetry.errorType(e));
      }
      throw e;
    }
    String kind =
        agent.findTool(call.name()) == null
            ? (find(agent, mcpTools, call.name()) == null ? null : "mcp")
            : (started.outcome().isCompleted() ? "workflow" : "activity");
    if (step != null && kind != null) {
      step.put(GenAiAttributes.TOOL_KIND, kind);
    }
    Promise<Outcome> observed =
        started
            .outcome()
            .handle(
                (outcome, failure) -> {
                  String errorType =
                      failure != null
                          ? WorkflowTelemetry.errorType(failure)
                          : (outcome.failed() ? "ToolError" : null);
                  if (log.isDebugEnabled()) {
                    log.debug(
                        "tool call: agent={} tool={} kind={} call={} duration={}ms{}",
                        agent.name(),
                        call.name(),
                        kind,
                        call.callId(),
                        Workflow.currentTimeMillis() - startMillis,
                        errorType == null ? "" : " error=" + errorType);
                  }
                  if (step != null) {
                    if (failure != null) {
                      step.end(failure);
                    } else {
                      step.end(errorType, errorType == null ? null : outcome.output());
                    }
                    telemetry.toolEnded(step, call.name(), agent.name(), kind, errorType);
                  }
                  if (failure != null) {
                    throw failure;
                  }
                  return outcome;
                });
    return new Started(call, started.toolCall(), observed);
  }

  private static Started startCall(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      FunctionCall call,
      RunContext<?> context,
      Hooks hooks) {
    FunctionToolDefinition tool = find(agent, mcpTools, call.name());
    if (tool == null || !tool.isEnabled(context, agent)) {
      return new Started(call, null, error(call, unknownTool(agent, mcpTools, call, context)));
    }
    ToolArguments arguments;
    try {
      arguments = ToolArguments.parse(call.arguments());
    } catch (ToolArgumentsException e) {
      return new Started(call, null, error(call, invalidArguments(call, e)));
    }
    ToolCall toolCall = new ToolCall(call.callId(), call.name(), arguments, agent, context);
    hooks.toolStart(agent, toolCall);
    String rejected = ToolGuardrails.checkInput(tool, toolCall);
    if (rejected != null) {
      return new Started(call, toolCall, error(call, rejected));
    }
    Promise<?> result;
    try {
      result = tool.invoker().invoke(toolCall);
    } catch (ToolArgumentsException e) {
      return new Started(call, toolCall, error(call, invalidArguments(call, e)));
    } catch (RuntimeException e) {
      String tooLarge = PayloadLimits.tooLarge(e);
      if (tooLarge != null && !tool.failRunOnError()) {
        // Refused while the workflow serialized the activity's input.
        return new Started(
            call, toolCall, error(call, failed(call, "its arguments are too large: " + tooLarge)));
      }
      if (e instanceof TemporalFailure) {
        throw e;
      }
      if (tool.failRunOnError()) {
        throw new ToolCallFailed(call.name(), e);
      }
      return new Started(
          call,
          toolCall,
          Workflow.newPromise(
              new Outcome(call, failed(tool, toolCall, e.getMessage()), null, true)));
    }
    Promise<Outcome> outcome =
        ToolGuardrails.checkOutput(tool, toolCall, result)
            .handle(
                (value, failure) -> {
                  if (failure == null) {
                    if (value instanceof ToolGuardrails.Rejected rejection) {
                      return new Outcome(call, rejection.message(), null);
                    }
                    return new Outcome(call, Json.toText(value), value);
                  }
                  if (failure instanceof ToolOutputGuardrailTripwireTriggered
                      || isCancellation(failure)) {
                    throw failure;
                  }
                  if (tool.failRunOnError()) {
                    // Typed, with the tool's name, whether an activity or in-workflow code failed.
                    throw new ToolCallFailed(
                        "Tool '" + call.name() + "' failed: " + message(failure),
                        call.name(),
                        failure);
                  }
                  if (failure instanceof ToolArgumentsException e) {
                    return new Outcome(call, invalidArguments(call, e), null);
                  }
                  return new Outcome(call, failed(tool, toolCall, message(failure)), null, true);
                });
    return new Started(call, toolCall, outcome);
  }

  private static Promise<Outcome> error(FunctionCall call, String text) {
    return Workflow.newPromise(new Outcome(call, text, null));
  }

  private static String unknownTool(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      FunctionCall call,
      RunContext<?> context) {
    List<String> names = new ArrayList<>();
    agent.tools().stream()
        .filter(t -> t.isEnabled(context, agent))
        .forEach(t -> names.add(t.name()));
    mcpTools.forEach(t -> names.add(t.name()));
    return "Error: there is no tool named '" + call.name() + "'. Available tools: " + names;
  }

  private static String invalidArguments(FunctionCall call, ToolArgumentsException e) {
    return "Error: invalid arguments for tool '" + call.name() + "': " + e.getMessage();
  }

  /** The text the model gets for a failed call: the tool's own, or the default. */
  private static String failed(FunctionToolDefinition tool, ToolCall toolCall, String message) {
    if (tool.failureMessage() != null) {
      return tool.failureMessage().format(toolCall, message);
    }
    return "Error: tool '" + toolCall.toolName() + "' failed: " + message;
  }

  private static String failed(FunctionCall call, String message) {
    return "Error: tool '" + call.name() + "' failed: " + message;
  }

  private static boolean isCancellation(Throwable failure) {
    return failure instanceof CanceledFailure
        || (failure instanceof ActivityFailure && failure.getCause() instanceof CanceledFailure);
  }

  private static String message(Throwable failure) {
    String tooLarge = PayloadLimits.tooLarge(failure);
    if (tooLarge != null) {
      return "its result is too large to record: "
          + tooLarge
          + "; ask for less, or for a part of it";
    }
    if (failure instanceof ActivityFailure) {
      Throwable cause = failure.getCause();
      if (cause instanceof ApplicationFailure application) {
        return application.getOriginalMessage();
      }
      return cause != null ? cause.getMessage() : failure.getMessage();
    }
    return failure.getMessage();
  }
}
