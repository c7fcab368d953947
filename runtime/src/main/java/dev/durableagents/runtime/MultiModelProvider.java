package dev.durableagents.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Routes each model name to one of several providers by its prefix, so that agents of one run (or
 * one worker) can use different providers and APIs, as the Agents SDK's {@code MultiProvider} does
 * with {@code "openai/..."} and {@code "litellm/..."}.
 *
 * <pre>{@code
 * ModelProvider models = MultiModelProvider.newBuilder()
 *     .setDefaultProvider(OpenAIProvider.fromEnvironment())           // "gpt-4o", null
 *     .addProvider("ollama", OpenAIProvider.newBuilder()               // "ollama/llama3.2"
 *         .setBaseUrl("http://localhost:11434/v1").setApiKey("ollama")
 *         .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS).build())
 *     .build();
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(models).build();
 *
 * AgentDefinition planner = AgentDefinition.newBuilder("Planner").setModel("gpt-4o").build();
 * AgentDefinition writer =
 *     AgentDefinition.newBuilder("Writer").setModel("ollama/llama3.2").build();
 * }</pre>
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>{@code "prefix/name"} whose prefix was {@linkplain Builder#addProvider added} goes to that
 *       provider, as {@code "name"} (only the first slash splits: {@code "hf/org/model"} asks the
 *       {@code hf} provider for {@code "org/model"}).
 *   <li>Any other name, or {@code null} (the provider's default model), goes to the {@linkplain
 *       Builder#setDefaultProvider default provider} unchanged, so names with a slash of their own
 *       ({@code "meta-llama/Llama-3.1-8B-Instruct"}) still reach a vLLM default.
 *   <li>Without a default provider, such a name fails the model call, not retried, with a {@link
 *       ModelException} of type {@value #NO_PROVIDER}.
 * </ol>
 *
 * <p>The model name is part of the model activity's input, so the history shows which provider each
 * call went to; the providers, and their keys, stay on the worker.
 */
public final class MultiModelProvider implements ModelProvider {

  /** The failure type of a model name no provider serves. */
  public static final String NO_PROVIDER = "NoModelProvider";

  private final Map<String, ModelProvider> providers;
  private final ModelProvider defaultProvider;

  private MultiModelProvider(Builder b) {
    this.providers = Map.copyOf(b.providers);
    this.defaultProvider = b.defaultProvider;
  }

  /** A builder with no providers. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The model of the provider {@code modelName}'s prefix names, or of the default provider.
   *
   * @throws ModelException of type {@value #NO_PROVIDER} when no provider serves the name
   */
  @Override
  public Model getModel(String modelName) {
    if (modelName != null) {
      int slash = modelName.indexOf('/');
      if (slash > 0) {
        ModelProvider provider = providers.get(modelName.substring(0, slash));
        if (provider != null) {
          return provider.getModel(modelName.substring(slash + 1));
        }
      }
    }
    if (defaultProvider == null) {
      throw new ModelException(
          "No model provider for model "
              + (modelName == null ? "(default)" : "'" + modelName + "'")
              + ": prefix it with one of "
              + providers.keySet().stream().sorted().map(p -> p + "/").toList()
              + ", or set a default provider",
          NO_PROVIDER,
          false,
          null,
          null);
    }
    return defaultProvider.getModel(modelName);
  }

  @Override
  public String toString() {
    return "MultiModelProvider{prefixes="
        + providers.keySet().stream().sorted().toList()
        + ", default="
        + defaultProvider
        + "}";
  }

  /** Builds {@link MultiModelProvider}s. */
  public static final class Builder {
    private final Map<String, ModelProvider> providers = new LinkedHashMap<>();
    private ModelProvider defaultProvider;

    private Builder() {}

    /**
     * Routes names {@code "prefix/..."} to {@code provider}.
     *
     * @throws IllegalArgumentException if the prefix is blank, holds a slash, or was added before
     */
    public Builder addProvider(String prefix, ModelProvider provider) {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(provider, "provider");
      if (prefix.isBlank() || prefix.contains("/")) {
        throw new IllegalArgumentException(
            "A model prefix must be non-blank and hold no '/': '" + prefix + "'");
      }
      if (providers.putIfAbsent(prefix, provider) != null) {
        throw new IllegalArgumentException("Model prefix '" + prefix + "' was added twice");
      }
      return this;
    }

    /** The provider of names without a known prefix, and of the default model. */
    public Builder setDefaultProvider(ModelProvider provider) {
      this.defaultProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** The provider. */
    public MultiModelProvider build() {
      return new MultiModelProvider(this);
    }
  }
}
