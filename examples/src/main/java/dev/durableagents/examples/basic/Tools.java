package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/** {@code basic/Tools}: the model calls a weather tool, which runs as an activity. */
public final class Tools implements Sample {

  static final String DEFAULT_QUESTION = "What is the weather in Tokyo?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Tools(), args);
  }

  @Override
  public String name() {
    return "basic/Tools";
  }

  @Override
  public String description() {
    return "A tool call as an activity: model, getWeather, model";
  }

  @Override
  public String taskQueue() {
    return BasicWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    BasicWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
        TestModel.text("In Tokyo it is 14-20C and sunny with wind."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ToolsAgentWorkflow workflow = newWorkflow(client, ToolsAgentWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_QUESTION : String.join(" ", args));
  }
}
