package dev.durableagents.examples.model_providers;

import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.MultiModelProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import java.util.Map;

/**
 * The model providers of the {@code model_providers} samples, configured from environment
 * variables. Both are the runtime's {@link OpenAIProvider} pointed at another OpenAI-compatible
 * server: the Java counterpart of the Agents SDK's LiteLLM provider and of a custom provider.
 *
 * <ul>
 *   <li>An OpenAI-compatible proxy, such as the LiteLLM proxy in front of Anthropic, Gemini or
 *       Bedrock: {@code LITELLM_BASE_URL} (for example {@code http://localhost:4000/v1}), {@code
 *       LITELLM_API_KEY} (the proxy's key, if it wants one), {@code LITELLM_MODEL} (default {@value
 *       #PROXY_DEFAULT_MODEL}) and {@code LITELLM_API} ({@code chat_completions}, the default, or
 *       {@code responses}).
 *   <li>Ollama's Chat Completions API: {@code OLLAMA_BASE_URL}, default {@value
 *       #OLLAMA_DEFAULT_URL}. Agents reach it with model names {@code "ollama/<model>"}.
 * </ul>
 */
public final class ModelProviders {

  /** The model the proxy is asked for when {@code LITELLM_MODEL} is unset. */
  public static final String PROXY_DEFAULT_MODEL = "anthropic/claude-3-5-sonnet-20240620";

  /** Where Ollama serves its OpenAI-compatible API by default. */
  public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434/v1";

  /** The model-name prefix routed to Ollama. */
  public static final String OLLAMA_PREFIX = "ollama";

  /** The key sent when none is configured: local servers ignore it, the client needs one. */
  static final String PLACEHOLDER_KEY = "no-key";

  private ModelProviders() {}

  /** Whether {@code LITELLM_BASE_URL} is set, so that {@link #proxy} can be built. */
  public static boolean hasProxy(Map<String, String> env) {
    return !blank(env.get("LITELLM_BASE_URL"));
  }

  /**
   * The OpenAI-compatible proxy at {@code LITELLM_BASE_URL}; its default model (for agents that
   * name none) is {@code LITELLM_MODEL}.
   *
   * @throws IllegalArgumentException if {@code LITELLM_BASE_URL} is unset or {@code LITELLM_API}
   *     names no known API
   */
  public static OpenAIProvider proxy(Map<String, String> env) {
    if (!hasProxy(env)) {
      throw new IllegalArgumentException("LITELLM_BASE_URL is not set");
    }
    String key = env.get("LITELLM_API_KEY");
    String api = env.get("LITELLM_API");
    String model = env.get("LITELLM_MODEL");
    return OpenAIProvider.newBuilder()
        .setBaseUrl(env.get("LITELLM_BASE_URL"))
        .setApiKey(blank(key) ? PLACEHOLDER_KEY : key)
        .setApi(blank(api) ? OpenAIProvider.Api.CHAT_COMPLETIONS : OpenAIProvider.Api.parse(api))
        .setDefaultModel(blank(model) ? PROXY_DEFAULT_MODEL : model)
        .build();
  }

  /**
   * Ollama's Chat Completions API at {@code OLLAMA_BASE_URL} (default {@value
   * #OLLAMA_DEFAULT_URL}).
   */
  public static OpenAIProvider ollama(Map<String, String> env) {
    String url = env.get("OLLAMA_BASE_URL");
    return OpenAIProvider.newBuilder()
        .setBaseUrl(blank(url) ? OLLAMA_DEFAULT_URL : url)
        .setApiKey(PLACEHOLDER_KEY)
        .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
        .build();
  }

  /**
   * The worker's provider: {@code "ollama/<model>"} goes to {@link #ollama}, every other model (and
   * the default one) to {@link #proxy} when {@code LITELLM_BASE_URL} is set; without it, such calls
   * fail, not retried, naming the prefixes there are.
   */
  public static ModelProvider forWorker(Map<String, String> env) {
    MultiModelProvider.Builder providers =
        MultiModelProvider.newBuilder().addProvider(OLLAMA_PREFIX, ollama(env));
    if (hasProxy(env)) {
      providers.setDefaultProvider(proxy(env));
    }
    return providers.build();
  }

  /** A line saying where each sample's model calls go, starting with {@code "Model: "}. */
  static String describe(Map<String, String> env) {
    String litellm =
        hasProxy(env)
            ? describeProxy(env)
            : "LitellmAuto has no model (set LITELLM_BASE_URL to an OpenAI-compatible proxy)";
    return "Model: " + litellm + "; " + describeOllama(env);
  }

  static String describeProxy(Map<String, String> env) {
    OpenAIProvider proxy = proxy(env);
    return proxy.defaultModel()
        + " through the proxy at "
        + proxy.baseUrl()
        + " ("
        + proxy.api()
        + ")";
  }

  static String describeOllama(Map<String, String> env) {
    return "ollama/<model> on Ollama at " + ollama(env).baseUrl() + " (CHAT_COMPLETIONS)";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
