package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.AgentsWorkerInterceptor;
import dev.durableagents.runtime.internal.ConverterWarmUp;
import dev.durableagents.runtime.internal.McpActivityImpl;
import dev.durableagents.runtime.internal.McpSessionHosts;
import dev.durableagents.runtime.internal.ModelActivityImpl;
import dev.durableagents.runtime.internal.PayloadSizeGuard;
import dev.durableagents.runtime.internal.Telemetry;
import dev.durableagents.runtime.internal.TracingClientInterceptor;
import dev.durableagents.runtime.internal.WorkflowRuntime;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpToolFilter;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.storage.ExternalStorage;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Temporal plugin that makes agents durable, the counterpart of the Python integration's {@code
 * OpenAIAgentsPlugin}. Set it on the {@code WorkflowClient}; every worker created from that client
 * then registers the model activity (and the activities of local MCP servers) and lets workflows
 * run agents.
 *
 * <pre>{@code
 * DurableAgentsPlugin agents = DurableAgentsPlugin.newBuilder()
 *     .setModelActivityOptions(ModelActivityOptions.newBuilder()
 *         .setStartToCloseTimeout(Duration.ofSeconds(30)).build())
 *     .addMcpServer(McpServerProvider.stdio("filesystem",
 *         List.of("npx", "-y", "@modelcontextprotocol/server-filesystem", "/srv/docs")))
 *     .build();   // default provider: OpenAI, from OPENAI_API_KEY / OPENAI_BASE_URL
 * WorkflowClient client = WorkflowClient.newInstance(service,
 *     WorkflowClientOptions.newBuilder().setPlugins(agents).build());
 * WorkerFactory factory = WorkerFactory.newInstance(client);
 * Worker worker = factory.newWorker("my-task-queue");
 * AgentsModule.register(worker, new WeatherToolsImpl());
 * factory.start();
 * }</pre>
 *
 * <p>The model provider is built on the first model call, in the worker; a process that only starts
 * workflows never needs an API key.
 */
public final class DurableAgentsPlugin extends SimplePlugin {

  /** Temporal's default limit of one payload: 2 MiB. */
  public static final long DEFAULT_PAYLOAD_SIZE_LIMIT = 2L * 1024 * 1024;

  /**
   * The default history length at which agent runs stop: 50,000 events (Temporal's limit: 51,200).
   */
  public static final long DEFAULT_HISTORY_MAX_EVENTS = 50_000;

  /** The default history size at which agent runs stop: 45 MiB (Temporal's limit: 50 MiB). */
  public static final long DEFAULT_HISTORY_MAX_BYTES = 45L * 1024 * 1024;

  /** The plugin's name, for Temporal's duplicate detection. */
  public static final String NAME = "dev.durableagents.DurableAgentsPlugin";

  private final ModelActivityOptions modelActivityOptions;
  private final Supplier<ModelProvider> modelProvider;
  private final String defaultModel;
  private final boolean registerActivities;
  private final Map<String, McpServerProvider> mcpServers;
  private final long payloadSizeLimit;
  private final ExternalStorage externalStorage;
  private final ConversationCache conversationCache;
  private final boolean wholeConversationInHistory;
  private volatile DataConverter dataConverter;
  private final McpSessionHosts mcpSessionHosts;

  private final OpenTelemetry openTelemetry;

  private DurableAgentsPlugin(Builder b) {
    super(simplePlugin(b, b.openTelemetry != null ? new Telemetry(b.openTelemetry) : null));
    this.openTelemetry = b.openTelemetry;
    this.modelActivityOptions = b.modelActivityOptions;
    this.modelProvider = memoize(b.modelProvider);
    this.defaultModel = b.defaultModel;
    this.registerActivities = b.registerActivities;
    this.mcpServers = Map.copyOf(b.mcpServers);
    this.mcpSessionHosts = new McpSessionHosts(this.mcpServers);
    this.payloadSizeLimit = b.payloadSizeLimit;
    this.externalStorage = b.externalStorage;
    this.conversationCache =
        b.conversationCache != null ? b.conversationCache : ConversationCache.inMemory();
    this.wholeConversationInHistory = b.wholeConversationInHistory;
  }

  private static SimplePlugin.Builder simplePlugin(Builder b, Telemetry telemetry) {
    SimplePlugin.Builder plugin =
        SimplePlugin.newBuilder(NAME)
            .addWorkerInterceptors(
                new AgentsWorkerInterceptor(
                    new WorkflowRuntime(
                        b.modelActivityOptions,
                        b.defaultModel,
                        mcpActivityOptions(b.mcpServers),
                        b.mcpActivityOptions,
                        b.historyMaxEvents,
                        b.historyMaxBytes,
                        b.wholeConversationInHistory,
                        mcpToolFilters(b.mcpServers)),
                    telemetry));
    if (telemetry != null) {
      plugin.addClientInterceptors(new TracingClientInterceptor(telemetry));
    }
    return plugin;
  }

  private static Map<String, ActivityOptions> mcpActivityOptions(
      Map<String, McpServerProvider> servers) {
    Map<String, ActivityOptions> options = new LinkedHashMap<>();
    servers.forEach(
        (name, server) -> {
          if (server.activityOptions() != null) {
            options.put(name, server.activityOptions());
          }
        });
    return options;
  }

  private static Map<String, McpToolFilter> mcpToolFilters(Map<String, McpServerProvider> servers) {
    Map<String, McpToolFilter> filters = new LinkedHashMap<>();
    servers.forEach(
        (name, server) -> {
          if (server.toolFilter() != null) {
            filters.put(name, server.toolFilter());
          }
        });
    return filters;
  }

  /** A builder with the default options and the OpenAI provider. */
  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public void configureWorkflowClient(WorkflowClientOptions.Builder builder) {
    super.configureWorkflowClient(builder);
    DataConverter converter = builder.build().getDataConverter();
    converter = converter != null ? converter : GlobalDataConverter.get();
    boolean wrapped = false;
    if (externalStorage != null) {
      // After the user's codecs (encryption...): the store keeps their output.
      converter = externalStorage.wrap(converter);
      wrapped = true;
    }
    if (payloadSizeLimit > 0) {
      // Last: it measures what the server would get, claims of stored payloads included.
      converter =
          new CodecDataConverter(converter, List.of(new PayloadSizeGuard(payloadSizeLimit)));
      wrapped = true;
    }
    if (wrapped) {
      builder.setDataConverter(converter);
    }
    this.dataConverter = converter;
  }

  @Override
  public void initializeWorker(String taskQueue, Worker worker) {
    if (registerActivities && mcpSessionHosts.initializeWorker(taskQueue, worker)) {
      return; // a worker of stateful MCP sessions: their activities only
    }
    super.initializeWorker(taskQueue, worker);
    ConverterWarmUp.warmUp(dataConverter != null ? dataConverter : GlobalDataConverter.get());
    if (registerActivities) {
      worker.registerActivitiesImplementations(
          new ModelActivityImpl(modelProvider, conversationCache, this::dataConverter),
          new McpActivityImpl(mcpServers));
    }
  }

  @Override
  public void startWorkerFactory(WorkerFactory factory, Consumer<WorkerFactory> next) {
    if (registerActivities) {
      mcpSessionHosts.starting(factory);
    }
    super.startWorkerFactory(factory, next);
  }

  @Override
  public void shutdownWorkerFactory(WorkerFactory factory, Consumer<WorkerFactory> next) {
    try {
      super.shutdownWorkerFactory(factory, next);
    } finally {
      mcpSessionHosts.stopped(factory);
    }
  }

  private DataConverter dataConverter() {
    DataConverter converter = dataConverter;
    return converter != null ? converter : GlobalDataConverter.get();
  }

  /** The OpenTelemetry of traces and metrics, or {@code null} when they are off. */
  public OpenTelemetry getOpenTelemetry() {
    return openTelemetry;
  }

  /** The conversations this plugin's workers remember (see {@link ConversationCache}). */
  public ConversationCache getConversationCache() {
    return conversationCache;
  }

  /** Whether every model activity's input holds the whole conversation. */
  public boolean isWholeConversationInHistory() {
    return wholeConversationInHistory;
  }

  /** The options of every model activity. */
  public ModelActivityOptions getModelActivityOptions() {
    return modelActivityOptions;
  }

  /** The model of agents that name none, or {@code null} for the provider's default. */
  public String getDefaultModel() {
    return defaultModel;
  }

  /** The local MCP servers, by name. */
  public Map<String, McpServerProvider> getMcpServers() {
    return mcpServers;
  }

  /** The external payload storage, or {@code null} if payloads stay whole in the history. */
  public ExternalStorage getExternalStorage() {
    return externalStorage;
  }

  private static Supplier<ModelProvider> memoize(Supplier<ModelProvider> supplier) {
    return new Supplier<>() {
      private volatile ModelProvider value;

      @Override
      public ModelProvider get() {
        ModelProvider v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = Objects.requireNonNull(supplier.get(), "model provider");
              value = v;
            }
          }
        }
        return v;
      }
    };
  }

  /** Builds {@link DurableAgentsPlugin}s. */
  public static final class Builder {
    private ModelActivityOptions modelActivityOptions = ModelActivityOptions.getDefaultInstance();
    private Supplier<ModelProvider> modelProvider = OpenAIProvider::fromEnvironment;
    private String defaultModel;
    private boolean registerActivities = true;
    private final Map<String, McpServerProvider> mcpServers = new LinkedHashMap<>();
    private ActivityOptions mcpActivityOptions = McpServerProvider.DEFAULT_ACTIVITY_OPTIONS;
    private long payloadSizeLimit = DEFAULT_PAYLOAD_SIZE_LIMIT;
    private long historyMaxEvents = DEFAULT_HISTORY_MAX_EVENTS;
    private long historyMaxBytes = DEFAULT_HISTORY_MAX_BYTES;
    private ExternalStorage externalStorage;
    private ConversationCache conversationCache;
    private boolean wholeConversationInHistory;
    private OpenTelemetry openTelemetry;

    private Builder() {}

    /**
     * Traces and metrics of agent runs, through {@code openTelemetry} (the user's SDK; the runtime
     * uses only the API). Default: none, and no tracing code runs. With it:
     *
     * <ul>
     *   <li>starting a workflow from this plugin's client is a {@code StartWorkflow:<type>} span
     *       under the caller's current span, and the W3C trace context travels in Temporal headers
     *       to the workflow, its activities and child workflows;
     *   <li>in the workflow, each agent run ({@code invoke_agent <agent>}), turn ({@code turn
     *       <n>}), model call ({@code chat <model>}), tool call ({@code execute_tool <tool>}),
     *       handoff and guardrail is a span, with GenAI semantic-convention attributes ({@link
     *       dev.durableagents.runtime.telemetry.GenAiAttributes}); these are recorded when the step
     *       ends and never on replay;
     *   <li>on the worker, each activity is a {@code RunActivity:<type>} span, and a model call has
     *       a {@code chat <model>} span below it with its token counts;
     *   <li>the metrics of {@link dev.durableagents.runtime.telemetry.MetricNames}.
     * </ul>
     *
     * <p>Install {@link dev.durableagents.runtime.telemetry.ReplaySafeIdGenerator} in the SDK's
     * tracer provider for workflow spans nested as above across worker crashes; without it,
     * workflow spans are all children of the workflow's parent. Set the same plugin (or one with
     * the same OpenTelemetry) on clients and workers.
     */
    public Builder setOpenTelemetry(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
      return this;
    }

    /**
     * The largest payload the client and its workers send, in bytes (default {@link
     * #DEFAULT_PAYLOAD_SIZE_LIMIT}, Temporal's limit); {@code 0} turns the check off. A payload
     * over it is refused before it reaches the server, with a non-retryable failure of type {@link
     * PayloadTooLarge#TYPE}: a tool result over it goes back to the model as a tool error, a model
     * request or response over it fails the run with {@link PayloadTooLarge}, a workflow input over
     * it fails the start at the client. Raise it only for a server configured with a larger limit.
     */
    public Builder setPayloadSizeLimit(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("payload size limit must be >= 0, was " + bytes);
      }
      this.payloadSizeLimit = bytes;
      return this;
    }

    /**
     * How large a workflow's history may be before an agent run in it stops (defaults {@link
     * #DEFAULT_HISTORY_MAX_EVENTS} events and {@link #DEFAULT_HISTORY_MAX_BYTES} bytes, below
     * Temporal's limits of 51,200 events and 50 MB, at which the server terminates the workflow).
     * Before each model call a run checks its workflow's history and, at or over either value,
     * fails with {@link HistoryLimitReached}, which the workflow can catch to continue as new.
     */
    public Builder setHistoryLimits(long maxEvents, long maxBytes) {
      if (maxEvents <= 0 || maxBytes <= 0) {
        throw new IllegalArgumentException(
            "history limits must be positive, were "
                + maxEvents
                + " events, "
                + maxBytes
                + " bytes");
      }
      this.historyMaxEvents = maxEvents;
      this.historyMaxBytes = maxBytes;
      return this;
    }

    /** Activity options of every model call. */
    public Builder setModelActivityOptions(ModelActivityOptions options) {
      this.modelActivityOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The model provider; default {@code OpenAIProvider.fromEnvironment()}. */
    public Builder setModelProvider(ModelProvider provider) {
      Objects.requireNonNull(provider, "provider");
      this.modelProvider = () -> provider;
      return this;
    }

    /** The model of agents that name none; default the provider's. */
    public Builder setDefaultModel(String model) {
      this.defaultModel = model;
      return this;
    }

    /**
     * Whether workers register the model activity; default {@code true}. Turn it off for
     * workflow-only workers whose model calls run on another task queue.
     */
    public Builder setRegisterActivities(boolean registerActivities) {
      this.registerActivities = registerActivities;
      return this;
    }

    /**
     * Adds a local MCP server, which agents name with {@code addMcpServer(name)} or the {@code
     * McpServer} annotation. The worker lists its tools and calls them in activities ({@code
     * McpListTools}, {@code McpCallTool}), each with a fresh connection.
     *
     * @throws IllegalArgumentException if a server of the same name was added
     */
    public Builder addMcpServer(McpServerProvider server) {
      Objects.requireNonNull(server, "server");
      if (mcpServers.putIfAbsent(server.name(), server) != null) {
        throw new IllegalArgumentException(
            "Two MCP servers are named '" + server.name() + "'; names must be unique");
      }
      return this;
    }

    /**
     * The activity options of MCP operations of servers that set none; default {@link
     * McpServerProvider#DEFAULT_ACTIVITY_OPTIONS}. They must set a start-to-close or
     * schedule-to-close timeout.
     */
    public Builder setMcpActivityOptions(ActivityOptions options) {
      this.mcpActivityOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Keeps large payloads out of the workflow history: the client's data converter is wrapped so
     * that every payload of the client and its workers (workflow and activity inputs and results,
     * signals, queries, failure details...) that {@code storage} selects goes to its store, and a
     * small claim takes its place in the history. Storage runs after the converter and codecs the
     * client already has, so with an encrypting codec the store holds encrypted bytes. Every
     * process that reads these histories needs the same storage. Default: none.
     *
     * <pre>{@code
     * DurableAgentsPlugin agents = DurableAgentsPlugin.newBuilder()
     *     .setExternalStorage(ExternalStorage.newBuilder()
     *         .addDriver(new FileSystemStorageDriver(Path.of("/var/lib/agents/payloads")))
     *         .build())
     *     .build();
     * }</pre>
     */
    public Builder setExternalStorage(ExternalStorage storage) {
      this.externalStorage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Where this plugin's workers remember the conversations they sent to models; default {@link
     * ConversationCache#inMemory()} (64 MiB, shared by the workers of this plugin instance). Plug a
     * cache several worker processes share to keep hits high when model calls of one workflow run
     * on different workers:
     *
     * <pre>{@code
     * DurableAgentsPlugin.newBuilder()
     *     .setConversationCache(ConversationCache.inMemory(512L * 1024 * 1024))
     *     .build();
     * }</pre>
     */
    public Builder setConversationCache(ConversationCache cache) {
      this.conversationCache = Objects.requireNonNull(cache, "cache");
      return this;
    }

    /**
     * Whether every model activity's input in the history holds the whole conversation, as before
     * conversation references; default {@code false}. By default a model call's input holds only
     * the items that are new since an earlier call of the workflow, and a reference to that call's
     * conversation, which the worker's {@link ConversationCache} holds: the history grows linearly
     * with a conversation instead of quadratically. The model receives the whole conversation
     * either way. One run can opt out with {@link
     * RunConfig.Builder#setWholeConversationInHistory(boolean)}.
     */
    public Builder setWholeConversationInHistory(boolean whole) {
      this.wholeConversationInHistory = whole;
      return this;
    }

    /** The plugin. */
    public DurableAgentsPlugin build() {
      return new DurableAgentsPlugin(this);
    }
  }
}
