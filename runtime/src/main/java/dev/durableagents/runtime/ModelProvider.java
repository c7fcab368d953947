package dev.durableagents.runtime;

/**
 * The extension point for models: maps a model name to a {@link Model}. Set one on the {@link
 * DurableAgentsPlugin}; the default is {@code OpenAIProvider.fromEnvironment()}.
 *
 * <pre>{@code
 * ModelProvider provider = modelName -> request -> myHttpClient.complete(request);
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
 * }</pre>
 *
 * <p>A provider lives on the worker and is called from the model activity. It is where API keys
 * belong: they never enter workflow inputs, activity inputs or history.
 */
@FunctionalInterface
public interface ModelProvider {

  /**
   * Returns the model to call.
   *
   * @param modelName the name the agent or run asked for, or {@code null} for the provider's
   *     default
   */
  Model getModel(String modelName);
}
