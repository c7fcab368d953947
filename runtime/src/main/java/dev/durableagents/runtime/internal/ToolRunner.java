package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.ToolArguments;
import dev.durableagents.runtime.ToolArgumentsException;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the tool calls of one model response: all are started before any is awaited, so their
 * activities are scheduled together; outputs come back in the order of the calls.
 *
 * <p>What the model got wrong goes back to the model as the call's output, and the run goes on: an
 * unknown tool, arguments that are not JSON or do not fit the parameters, and a tool activity that
 * failed after its retries.
 */
final class ToolRunner {

  private ToolRunner() {}

  static List<FunctionCallOutput> runAll(AgentDefinition agent, List<FunctionCall> calls) {
    List<Promise<String>> results = new ArrayList<>(calls.size());
    for (FunctionCall call : calls) {
      results.add(start(agent, call));
    }
    Promise.allOf(results).get();
    List<FunctionCallOutput> outputs = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      outputs.add(new FunctionCallOutput(calls.get(i).callId(), results.get(i).get()));
    }
    return outputs;
  }

  private static Promise<String> start(AgentDefinition agent, FunctionCall call) {
    FunctionToolDefinition tool = agent.findTool(call.name());
    if (tool == null) {
      return Workflow.newPromise(
          "Error: there is no tool named '"
              + call.name()
              + "'. Available tools: "
              + agent.tools().stream().map(FunctionToolDefinition::name).toList());
    }
    Promise<?> result;
    try {
      ToolArguments arguments = ToolArguments.parse(call.arguments());
      result = tool.invoker().invoke(new ToolCall(call.callId(), call.name(), arguments, agent));
    } catch (ToolArgumentsException e) {
      return Workflow.newPromise(
          "Error: invalid arguments for tool '" + call.name() + "': " + e.getMessage());
    }
    return result.handle(
        (value, failure) -> {
          if (failure == null) {
            return Json.toText(value);
          }
          if (failure instanceof ActivityFailure activityFailure) {
            return "Error: tool '" + call.name() + "' failed: " + rootMessage(activityFailure);
          }
          throw failure;
        });
  }

  private static String rootMessage(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof ApplicationFailure application) {
      return application.getOriginalMessage();
    }
    return cause != null ? cause.getMessage() : failure.getMessage();
  }
}
