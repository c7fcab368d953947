package dev.durableagents.examples.model_providers;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;
import java.util.Map;

/**
 * The worker of the {@code model_providers} samples. {@code main} runs it against the Temporal
 * server at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) until killed, with the
 * providers of {@link ModelProviders#forWorker}: Ollama for {@code ollama/...} models ({@code
 * OLLAMA_BASE_URL}, default {@value ModelProviders#OLLAMA_DEFAULT_URL}) and the proxy at {@code
 * LITELLM_BASE_URL} for the others. One worker serves both samples, so they share the task queue
 * safely.
 */
public final class ModelProvidersWorker {

  /** The task queue of the model-provider samples. */
  public static final String TASK_QUEUE = "openai-agents-model-providers-task-queue";

  private ModelProvidersWorker() {}

  /** Registers the model-provider samples' workflows (generated from their agents). */
  public static void register(Worker worker) {
    AgentsModule.register(worker);
  }

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    Temporal.runWorker(
        TASK_QUEUE,
        ModelProvidersWorker::register,
        new Models.Choice(ModelProviders.forWorker(env), ModelProviders.describe(env)));
  }
}
