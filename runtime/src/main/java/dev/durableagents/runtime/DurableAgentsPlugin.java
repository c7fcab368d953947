package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.AgentsWorkerInterceptor;
import dev.durableagents.runtime.internal.ConverterWarmUp;
import dev.durableagents.runtime.internal.McpActivityImpl;
import dev.durableagents.runtime.internal.ModelActivityImpl;
import dev.durableagents.runtime.internal.WorkflowRuntime;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import io.temporal.worker.Worker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

  /** The plugin's name, for Temporal's duplicate detection. */
  public static final String NAME = "dev.durableagents.DurableAgentsPlugin";

  private final ModelActivityOptions modelActivityOptions;
  private final Supplier<ModelProvider> modelProvider;
  private final String defaultModel;
  private final boolean registerActivities;
  private final Map<String, McpServerProvider> mcpServers;
  private final ConversationCache conversationCache;
  private final boolean wholeConversationInHistory;
  private volatile DataConverter dataConverter;

  private DurableAgentsPlugin(Builder b) {
    super(
        SimplePlugin.newBuilder(NAME)
            .addWorkerInterceptors(
                new AgentsWorkerInterceptor(
                    new WorkflowRuntime(
                        b.modelActivityOptions,
                        b.defaultModel,
                        mcpActivityOptions(b.mcpServers),
                        b.mcpActivityOptions,
                        b.wholeConversationInHistory))));
    this.modelActivityOptions = b.modelActivityOptions;
    this.modelProvider = memoize(b.modelProvider);
    this.defaultModel = b.defaultModel;
    this.registerActivities = b.registerActivities;
    this.mcpServers = Map.copyOf(b.mcpServers);
    this.conversationCache =
        b.conversationCache != null ? b.conversationCache : ConversationCache.inMemory();
    this.wholeConversationInHistory = b.wholeConversationInHistory;
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

  /** A builder with the default options and the OpenAI provider. */
  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public void configureWorkflowClient(WorkflowClientOptions.Builder builder) {
    super.configureWorkflowClient(builder);
    DataConverter converter = builder.build().getDataConverter();
    this.dataConverter = converter != null ? converter : GlobalDataConverter.get();
  }

  @Override
  public void initializeWorker(String taskQueue, Worker worker) {
    super.initializeWorker(taskQueue, worker);
    ConverterWarmUp.warmUp(dataConverter != null ? dataConverter : GlobalDataConverter.get());
    if (registerActivities) {
      worker.registerActivitiesImplementations(
          new ModelActivityImpl(modelProvider, conversationCache, this::dataConverter),
          new McpActivityImpl(mcpServers));
    }
  }

  private DataConverter dataConverter() {
    DataConverter converter = dataConverter;
    return converter != null ? converter : GlobalDataConverter.get();
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
    private ConversationCache conversationCache;
    private boolean wholeConversationInHistory;

    private Builder() {}

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
     * Whether every model activity's input in the history holds the whole conversation, as
     * before conversation references; default {@code false}. By default a model call's input holds
     * only the items that are new since an earlier call of the workflow, and a reference to that
     * call's conversation, which the worker's {@link ConversationCache} holds: the history grows
     * linearly with a conversation instead of quadratically. The model receives the whole
     * conversation either way. One run can opt out with {@link
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
