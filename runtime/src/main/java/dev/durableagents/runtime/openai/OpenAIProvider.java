package dev.durableagents.runtime.openai;

import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The default model provider: OpenAI's Responses API, or the Chat Completions API of any
 * OpenAI-compatible server, through the official openai-java client.
 *
 * <pre>{@code
 * OpenAIProvider provider = OpenAIProvider.newBuilder()
 *     .setApiKey(System.getenv("OPENAI_API_KEY"))
 *     .setBaseUrl("https://my-proxy.example.com/v1")   // optional: any Responses-compatible server
 *     .setDefaultModel("gpt-4o-mini")
 *     .build();
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
 *
 * OpenAIProvider vllm = OpenAIProvider.newBuilder()       // an OpenAI-compatible server
 *     .setBaseUrl("http://localhost:8000/v1")
 *     .setApiKey("token-abc123")
 *     .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
 *     .putHeader("X-Team", "search")
 *     .build();
 * }</pre>
 *
 * <p>{@link Api#RESPONSES} (the default) hands out {@link OpenAIResponsesModel}s, {@link
 * Api#CHAT_COMPLETIONS} {@link OpenAIChatCompletionsModel}s. To use several providers in one run
 * (agent A on OpenAI, agent B on a local server), route model names with a {@link
 * dev.durableagents.runtime.MultiModelProvider}.
 *
 * <p>The provider builds one openai-java client, on first use, and reuses it for every model and
 * call. The client never retries ({@code maxRetries(0)}): a failed call fails the model activity
 * attempt with a typed {@link dev.durableagents.runtime.ModelException} (see {@link OpenAIErrors})
 * and Temporal's retry policy decides what happens next. To use a client you built yourself (a
 * proxy, your own HTTP client, one from dependency injection), pass it to {@link
 * Builder#setClient}.
 *
 * <p>The API key stays in this object, on the worker: it is never part of a model request or
 * response, of a failure message, or of the workflow history. A provider without a key can be built
 * (a client-only process never calls it); its models fail every call with a non-retryable {@link
 * OpenAIErrors#CONFIGURATION_ERROR}.
 */
public final class OpenAIProvider implements ModelProvider, AutoCloseable {

  /** The model of agents and runs that name none, unless {@code OPENAI_MODEL} says otherwise. */
  public static final String DEFAULT_MODEL = "gpt-4o";

  /** The HTTP API model calls use. */
  public enum Api {
    /** OpenAI's Responses API ({@code POST /responses}): the default, with hosted tools. */
    RESPONSES,
    /** The Chat Completions API ({@code POST /chat/completions}) of OpenAI-compatible servers. */
    CHAT_COMPLETIONS;

    /**
     * The API named {@code name}: {@code responses}, or {@code chat_completions} (also {@code
     * chat-completions} and {@code chat}), in any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Api parse(String name) {
      switch (name.trim().toLowerCase(Locale.ROOT)) {
        case "responses":
          return RESPONSES;
        case "chat_completions":
        case "chat-completions":
        case "chat":
          return CHAT_COMPLETIONS;
        default:
          throw new IllegalArgumentException(
              "Unknown OpenAI API '" + name + "': use 'responses' or 'chat_completions'");
      }
    }
  }

  private final Api api;
  private final String apiKey;
  private final String azureApiKey;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Map<String, Map<String, String>> mcpHeaders;
  private final String baseUrl;
  private final String organization;
  private final String project;
  private final String defaultModel;
  private final Duration timeout;
  private final Clock clock = Clock.systemUTC();

  /** The client given to {@link Builder#setClient}, without retries; never closed here. */
  private final OpenAIClient givenClient;

  private final Object lock = new Object();
  private volatile OpenAIClient client;

  private OpenAIProvider(Builder b) {
    this.api = b.api;
    this.apiKey = b.apiKey;
    this.azureApiKey = b.azureApiKey;
    this.headers = Map.copyOf(b.headers);
    this.queryParams = Map.copyOf(b.queryParams);
    Map<String, Map<String, String>> mcp = new LinkedHashMap<>();
    b.mcpHeaders.forEach((label, values) -> mcp.put(label, Map.copyOf(values)));
    this.mcpHeaders = Map.copyOf(mcp);
    this.baseUrl = b.baseUrl;
    this.organization = b.organization;
    this.project = b.project;
    this.defaultModel = b.defaultModel;
    this.timeout = b.timeout;
    // Temporal owns retries: one activity attempt is one HTTP request, whatever the client said.
    this.givenClient = b.client == null ? null : b.client.withOptions(o -> o.maxRetries(0));
  }

  /**
   * A provider configured from the environment. Blank values count as unset.
   *
   * <ul>
   *   <li>{@code OPENAI_API_KEY}: the API key; else {@code AZURE_OPENAI_KEY}, an Azure OpenAI key
   *       sent as the {@code api-key} header. A missing key does not fail here but on the first
   *       model call.
   *   <li>{@code OPENAI_BASE_URL}: the server, for example {@code http://localhost:11434/v1}
   *       (Ollama) or {@code https://my-resource.openai.azure.com} (Azure OpenAI, whose model names
   *       are deployment names).
   *   <li>{@code OPENAI_API}: {@code responses} (the default) or {@code chat_completions}.
   *   <li>{@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID}: sent as {@code OpenAI-Organization} and
   *       {@code OpenAI-Project}.
   *   <li>{@code OPENAI_CUSTOM_HEADERS}: extra headers, one {@code Name: value} per line, as
   *       openai-java reads them.
   *   <li>{@code OPENAI_MODEL}: the default model, else {@value #DEFAULT_MODEL}.
   * </ul>
   *
   * @throws IllegalArgumentException if {@code OPENAI_API} names no known API
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
    if (blankToNull(env.apply("OPENAI_API_KEY")) == null) {
      builder.setAzureApiKey(env.apply("AZURE_OPENAI_KEY"));
    }
    String api = blankToNull(env.apply("OPENAI_API"));
    if (api != null) {
      builder.setApi(Api.parse(api));
    }
    String customHeaders = env.apply("OPENAI_CUSTOM_HEADERS");
    if (customHeaders != null) {
      for (String line : customHeaders.split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          builder.putHeader(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
    }
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
   * A model of the {@linkplain #api() API} named {@code modelName}, or the {@linkplain
   * #defaultModel() default model} when {@code modelName} is {@code null}. Cheap: the client is
   * built on the first call.
   */
  @Override
  public Model getModel(String modelName) {
    String name = modelName != null ? modelName : defaultModel;
    String secret = apiKey != null ? apiKey : azureApiKey;
    return api == Api.CHAT_COMPLETIONS
        ? new OpenAIChatCompletionsModel(name, this::client, secret, clock)
        : new OpenAIResponsesModel(name, this::client, secret, clock, mcpHeaders);
  }

  /** The API model calls use. */
  public Api api() {
    return api;
  }

  /** The model used when none is named. */
  public String defaultModel() {
    return defaultModel;
  }

  /**
   * The base URL calls go to, or {@code null} for OpenAI's, or when a {@linkplain Builder#setClient
   * client was given} (its own base URL is used).
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Whether an API key (OpenAI's or Azure's) is configured, or a {@linkplain Builder#setClient
   * client was given} (which carries its own credentials).
   */
  public boolean hasApiKey() {
    return apiKey != null || azureApiKey != null || givenClient != null;
  }

  /** The shared client: the one given, or one built on first use. */
  OpenAIClient client() {
    if (givenClient != null) {
      return givenClient;
    }
    if (!hasApiKey()) {
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
    OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().maxRetries(0);
    if (apiKey != null) {
      builder.apiKey(apiKey);
    } else {
      builder.credential(AzureApiKeyCredential.create(azureApiKey));
    }
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
    headers.forEach(builder::putHeader);
    queryParams.forEach(builder::putQueryParam);
    return builder.build();
  }

  /**
   * Releases the client's connections and threads; a later call builds a new client. A client given
   * to {@link Builder#setClient} is left open: whoever built it closes it.
   */
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
    return "OpenAIProvider{api="
        + api
        + ", baseUrl="
        + (baseUrl != null ? baseUrl : "(OpenAI)")
        + ", defaultModel="
        + defaultModel
        + ", apiKey="
        + (apiKey != null
            ? "(set)"
            : azureApiKey != null
                ? "(Azure key set)"
                : givenClient != null ? "(in the given client)" : "(not set)")
        + (headers.isEmpty() ? "" : ", headers=" + new TreeSet<>(headers.keySet()))
        + "}";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Builds an {@link OpenAIProvider}. Every setting is optional; blank strings count as unset. */
  public static final class Builder {

    private Api api = Api.RESPONSES;
    private String apiKey;
    private String azureApiKey;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> mcpHeaders = new LinkedHashMap<>();
    private String baseUrl;
    private String organization;
    private String project;
    private String defaultModel = DEFAULT_MODEL;
    private Duration timeout;
    private OpenAIClient client;

    private Builder() {}

    /**
     * A client you built yourself, used for every call instead of one the provider builds: for a
     * proxy or custom HTTP client, your own credentials (Azure AD, a rotating key), or a client
     * your dependency-injection container manages.
     *
     * <pre>{@code
     * OpenAIClient client = OpenAIOkHttpClient.builder()
     *     .fromEnv()
     *     .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
     *     .maxRetries(0)                  // Temporal retries the model activity
     *     .build();
     * OpenAIProvider provider = OpenAIProvider.newBuilder().setClient(client).build();
     * }</pre>
     *
     * <p>The provider then configures none of the client: set the API key, base URL, organization,
     * project, timeout, headers and query parameters on the client's builder ({@link #build()}
     * rejects them here, so none is silently ignored). It does enforce one setting: calls go
     * through {@code client.withOptions(o -> o.maxRetries(0))}, because Temporal's retry policy
     * retries the model activity and a client that retried too would multiply attempts and hide
     * {@code retry-after} from it. Build the client with {@code maxRetries(0)} all the same, so
     * that what you configure is what runs. The API and default model ({@link #setApi}, {@link
     * #setDefaultModel}) and hosted MCP headers ({@link #putHostedMcpHeader}) still apply.
     *
     * <p>The client is shared by every model call and is not closed by {@link
     * OpenAIProvider#close()}: close it yourself when the worker stops. Keep it on the worker: a
     * client is not serializable and never belongs in a workflow input. The provider does not know
     * the client's API key, so it cannot remove the key from failure messages (openai-java does not
     * put it there).
     */
    public Builder setClient(OpenAIClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

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

    /** The API model calls use; default {@link Api#RESPONSES}. */
    public Builder setApi(Api api) {
      this.api = Objects.requireNonNull(api, "api");
      return this;
    }

    /**
     * An Azure OpenAI key, sent as the {@code api-key} header instead of a bearer token; used when
     * no {@linkplain #setApiKey API key} is set. With a base URL such as {@code
     * https://my-resource.openai.azure.com}, openai-java routes each call to the deployment named
     * by the model name and adds an {@code api-version}.
     */
    public Builder setAzureApiKey(String azureApiKey) {
      this.azureApiKey = blankToNull(azureApiKey);
      return this;
    }

    /**
     * A header sent with every request, for example a proxy's routing or auth header. Values stay
     * on the worker, out of history; a later value for the same name replaces the earlier one.
     */
    public Builder putHeader(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * A query parameter sent with every request, for example {@code api-version} for an Azure-style
     * gateway on a custom domain.
     */
    public Builder putQueryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * A header the provider sends to the hosted MCP server labelled {@code serverLabel} (see {@link
     * dev.durableagents.runtime.model.HostedTool.Mcp}), such as {@code Authorization}. It is added
     * to the request on the worker, so the credential never enters the workflow history.
     */
    public Builder putHostedMcpHeader(String serverLabel, String name, String value) {
      mcpHeaders
          .computeIfAbsent(
              Objects.requireNonNull(serverLabel, "serverLabel"), l -> new LinkedHashMap<>())
          .put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The provider.
     *
     * @throws IllegalStateException if a {@linkplain #setClient client was given} together with
     *     settings of the client that the provider would ignore
     */
    public OpenAIProvider build() {
      if (client != null) {
        List<String> ignored = new ArrayList<>();
        addIf(ignored, apiKey != null, "setApiKey");
        addIf(ignored, azureApiKey != null, "setAzureApiKey");
        addIf(ignored, baseUrl != null, "setBaseUrl");
        addIf(ignored, organization != null, "setOrganization");
        addIf(ignored, project != null, "setProject");
        addIf(ignored, timeout != null, "setTimeout");
        addIf(ignored, !headers.isEmpty(), "putHeader");
        addIf(ignored, !queryParams.isEmpty(), "putQueryParam");
        if (!ignored.isEmpty()) {
          throw new IllegalStateException(
              "OpenAIProvider: setClient(...) uses the client as it was built, so "
                  + String.join(", ", ignored)
                  + " would be ignored; configure the client's builder instead");
        }
      }
      return new OpenAIProvider(this);
    }

    private static void addIf(List<String> list, boolean condition, String name) {
      if (condition) {
        list.add(name);
      }
    }
  }
}
