package dev.durableagents.examples.model_providers;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.MultiModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;

/**
 * {@code model_providers/GptOss}: an agent on {@code gpt-oss:20b}, served by Ollama's Chat
 * Completions API. Run {@code ollama pull gpt-oss:20b} and set {@code OLLAMA_BASE_URL} (for example
 * {@value ModelProviders#OLLAMA_DEFAULT_URL}); without it, it runs offline. Args: {@code [prompt]}.
 */
public final class GptOss implements Sample {

  static final String DEFAULT_PROMPT = "What's the weather in Tokyo?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ModelProvidersWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new GptOss(), args);
  }

  @Override
  public String name() {
    return "model_providers/GptOss";
  }

  @Override
  public String description() {
    return "gpt-oss:20b on Ollama over Chat Completions, routed by an ollama/ model prefix";
  }

  @Override
  public String taskQueue() {
    return ModelProvidersWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ModelProvidersWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.toolCall("get_weather", "{\"city\":\"Tokyo\"}"),
        TestModel.text("Sunlight fills Tokyo,\nno cloud above the city,\na bright, gentle day."));
  }

  /** Ollama at {@code OLLAMA_BASE_URL} for {@code ollama/} models, else the offline script. */
  @Override
  public Models.Choice model(List<String> args, Map<String, String> env) {
    String url = env.get("OLLAMA_BASE_URL");
    if (url != null && !url.isBlank()) {
      return new Models.Choice(
          MultiModelProvider.newBuilder()
              .addProvider(ModelProviders.OLLAMA_PREFIX, ModelProviders.ollama(env))
              .build(),
          "Model: " + ModelProviders.describeOllama(env));
    }
    return new Models.Choice(
        new TestModelProvider(offlineModel(args)),
        "Model: offline scripted model (OLLAMA_BASE_URL is not set; set it to "
            + ModelProviders.OLLAMA_DEFAULT_URL
            + " to use a local Ollama)");
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    GptOssAgentWorkflow workflow = newWorkflow(client, GptOssAgentWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
  }
}
