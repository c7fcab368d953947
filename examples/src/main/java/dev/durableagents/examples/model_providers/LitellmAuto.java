package dev.durableagents.examples.model_providers;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;

/**
 * {@code model_providers/LitellmAuto}: an agent on any model an OpenAI-compatible proxy serves (the
 * LiteLLM proxy in front of Anthropic, by default {@value ModelProviders#PROXY_DEFAULT_MODEL}),
 * over Chat Completions or Responses. Set {@code LITELLM_BASE_URL} (and {@code LITELLM_API_KEY},
 * {@code LITELLM_MODEL}, {@code LITELLM_API}: see {@link ModelProviders}); without it, it runs
 * offline. Args: {@code [prompt]}.
 */
public final class LitellmAuto implements Sample {

  static final String DEFAULT_PROMPT = "What's the weather in Tokyo?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ModelProvidersWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new LitellmAuto(), args);
  }

  @Override
  public String name() {
    return "model_providers/LitellmAuto";
  }

  @Override
  public String description() {
    return "Any model behind an OpenAI-compatible proxy (LiteLLM), with an in-workflow tool";
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
        TestModel.text(
            "Tokyo basks in sun,\nclear skies over busy streets,\nwarm light on the bay."));
  }

  /** The proxy at {@code LITELLM_BASE_URL}, else the offline script. */
  @Override
  public Models.Choice model(List<String> args, Map<String, String> env) {
    if (ModelProviders.hasProxy(env)) {
      return new Models.Choice(
          ModelProviders.proxy(env), "Model: " + ModelProviders.describeProxy(env));
    }
    return new Models.Choice(
        new TestModelProvider(offlineModel(args)),
        "Model: offline scripted model (LITELLM_BASE_URL is not set; set it to an"
            + " OpenAI-compatible proxy such as LiteLLM's)");
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    LitellmAutoAgentWorkflow workflow =
        newWorkflow(client, LitellmAutoAgentWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
  }
}
