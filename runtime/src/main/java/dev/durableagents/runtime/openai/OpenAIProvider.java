package dev.durableagents.runtime.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The default model provider: OpenAI's Responses API through the official openai-java client.
 *
 * <pre>{@code
 * OpenAIProvider provider = OpenAIProvider.newBuilder()
 *     .setApiKey(System.getenv("OPENAI_API_KEY"))
 *     .setBaseUrl("https://my-proxy.example.com/v1")   // optional: any Responses-compatible server
 *     .setDefaultModel("gpt-4o-mini")
 *     .build();
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
 * }</pre>
 *
 * <p>The provider builds one openai-java client, on first use, and reuses it for every model and
 * call. The client never retries ({@code maxRetries(0)}): a failed call fails the model activity
 * attempt with a typed {@link dev.durableagents.runtime.ModelException} (see {@link OpenAIErrors})
 * and Temporal's retry policy decides what happens next.
 *
 * <p>The API key stays in this object, on the worker: it is never part of a model request or
 * response, of a failure message, or of the workflow history. A provider without a key can be built
 * (a client-only process never calls it); its models fail every call with a non-retryable {@link
 * OpenAIErrors#CONFIGURATION_ERROR}.
 */
public final class OpenAIProvider implements ModelProvider, AutoCloseable {

  /** The model of agents and runs that name none, unless {@code OPENAI_MODEL} says otherwise. */
  public static final String DEFAULT_MODEL = "gpt-4o";

  private final String apiKey;
  private final String baseUrl;
  private final String organization;
  private final String project;
  private final String defaultModel;
  private final Duration timeout;
  private final Clock clock = Clock.systemUTC();

  private final Object lock = new Object();
  private volatile OpenAIClient client;

  private OpenAIProvider(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUrl = b.baseUrl;
    this.organization = b.organization;
    this.project = b.project;
    this.defaultModel = b.defaultModel;
    this.timeout = b.timeout;
  }

  /**
   * A provider configured from the environment: {@code OPENAI_API_KEY}, and optionally {@code
   * OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID} and {@code OPENAI_MODEL}
   * (the default model, else {@value #DEFAULT_MODEL}). Blank values count as unset. A missing key
   * does not fail here but on the first model call.
   */
  public static OpenAIProvider fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /** {@link #fromEnvironment()} reading variables through {@code env}. */
  static OpenAIProvider fromEnvironment(Function<String, String> env) {
    Builder builder =
        newBuilder()
            .setApiKey(env.apply("OPENAI_API_KEY"))
            .setBaseUrl(env.apply("OPENAI_BASE_URL"))
            .setOrganization(env.apply("OPENAI_ORG_ID"))
            .setProject(env.apply("OPENAI_PROJECT_ID"));
    String model = blankToNull(env.apply("OPENAI_MODEL"));
    if (model != null) {
      builder.setDefaultModel(model);
    }
    return builder.build();
  }

  /** A builder of a provider with no key, OpenAI's base URL and the default model. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * A Responses API model named {@code modelName}, or the {@linkplain #defaultModel() default
   * model} when {@code modelName} is {@code null}. Cheap: the client is built on the first call.
   */
  @Override
  public Model getModel(String modelName) {
    return new OpenAIResponsesModel(
        modelName != null ? modelName : defaultModel, this::client, apiKey, clock);
  }

  /** The model used when none is named. */
  public String defaultModel() {
    return defaultModel;
  }

  /** The base URL calls go to, or {@code null} for OpenAI's. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Whether an API key is configured. */
  public boolean hasApiKey() {
    return apiKey != null;
  }

  /** The shared client, built on first use. */
  OpenAIClient client() {
    if (apiKey == null) {
      throw OpenAIErrors.missingApiKey();
    }
    OpenAIClient c = client;
    if (c == null) {
      synchronized (lock) {
        c = client;
        if (c == null) {
          c = newClient();
          client = c;
        }
      }
    }
    return c;
  }

  private OpenAIClient newClient() {
    // maxRetries(0): Temporal owns retries, one activity attempt is one HTTP request.
    OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().apiKey(apiKey).maxRetries(0);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (organization != null) {
      builder.organization(organization);
    }
    if (project != null) {
      builder.project(project);
    }
    if (timeout != null) {
      builder.timeout(timeout);
    }
    return builder.build();
  }

  /** Releases the client's connections and threads; a later call builds a new client. */
  @Override
  public void close() {
    OpenAIClient c;
    synchronized (lock) {
      c = client;
      client = null;
    }
    if (c != null) {
      c.close();
    }
  }

  /** Describes the provider without its API key. */
  @Override
  public String toString() {
    return "OpenAIProvider{baseUrl="
        + (baseUrl != null ? baseUrl : "(OpenAI)")
        + ", defaultModel="
        + defaultModel
        + ", apiKey="
        + (apiKey != null ? "(set)" : "(not set)")
        + "}";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Builds an {@link OpenAIProvider}. Every setting is optional; blank strings count as unset. */
  public static final class Builder {

    private String apiKey;
    private String baseUrl;
    private String organization;
    private String project;
    private String defaultModel = DEFAULT_MODEL;
    private Duration timeout;

    private Builder() {}

    /**
     * The API key; without one, every model call fails with a non-retryable configuration error.
     */
    public Builder setApiKey(String apiKey) {
      this.apiKey = blankToNull(apiKey);
      return this;
    }

    /**
     * The base URL of the API, for example {@code "http://localhost:8080/v1"}; default OpenAI's
     * ({@code https://api.openai.com/v1}).
     */
    public Builder setBaseUrl(String baseUrl) {
      this.baseUrl = blankToNull(baseUrl);
      return this;
    }

    /** The organization sent as {@code OpenAI-Organization}; default none. */
    public Builder setOrganization(String organization) {
      this.organization = blankToNull(organization);
      return this;
    }

    /** The project sent as {@code OpenAI-Project}; default none. */
    public Builder setProject(String project) {
      this.project = blankToNull(project);
      return this;
    }

    /**
     * The model used when an agent or run names none; default {@value
     * OpenAIProvider#DEFAULT_MODEL}.
     */
    public Builder setDefaultModel(String defaultModel) {
      String model = blankToNull(defaultModel);
      if (model == null) {
        throw new IllegalArgumentException("defaultModel must not be blank");
      }
      this.defaultModel = model;
      return this;
    }

    /**
     * The longest one HTTP call may take; default openai-java's (10 minutes). Keep it below the
     * model activity's start-to-close timeout so a hung call fails as a retryable {@link
     * OpenAIErrors#CONNECTION_ERROR} instead of an activity timeout.
     */
    public Builder setTimeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The provider. */
    public OpenAIProvider build() {
      return new OpenAIProvider(this);
    }
  }
}
