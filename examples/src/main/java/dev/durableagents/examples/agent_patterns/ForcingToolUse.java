package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code agent_patterns/ForcingToolUse}: tool-use behaviour ({@code @Agent(stopOnFirstTool)},
 * {@code @Agent(toolsToFinalOutput)}) with a forced tool choice ({@code @ModelSettings(toolChoice =
 * "required")}). Args: {@code [default|first_tool|custom]}, default {@code default}.
 */
public final class ForcingToolUse implements Sample {

  static final String DEFAULT_BEHAVIOR = "default";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new ForcingToolUse(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/ForcingToolUse";
  }

  @Override
  public String description() {
    return "Forced tool choice; stop on first tool or a custom tools-to-final-output (args: mode)";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  static String behavior(List<String> args) {
    return args.isEmpty() ? DEFAULT_BEHAVIOR : args.get(0);
  }

  /** A tool call; with the default behaviour the model then answers from the tool's result. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    List<ModelResponse> script = new ArrayList<>();
    script.add(TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"));
    if (behavior(args).equals("default")) {
      script.add(TestModel.text("The weather in Tokyo is sunny with wind, 14-20C."));
    }
    return script;
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ForcingToolUseWorkflow workflow = newWorkflow(client, ForcingToolUseWorkflow.class, workflowId);
    return workflow.run(behavior(args));
  }
}
