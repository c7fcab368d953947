package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.AgentsWorkerInterceptor;
import dev.durableagents.runtime.internal.ConverterWarmUp;
import dev.durableagents.runtime.internal.McpActivityImpl;
import dev.durableagents.runtime.internal.ModelActivityImpl;
import dev.durableagents.runtime.internal.WorkflowRuntime;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.storage.ExternalStorage;
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
  private final ExternalStorage externalStorage;
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
                        b.mcpActivityOptions))));
    this.modelActivityOptions = b.modelActivityOptions;
    this.modelProvider = memoize(b.modelProvider);
    this.defaultModel = b.defaultModel;
    this.registerActivities = b.registerActivities;
    this.mcpServers = Map.copyOf(b.mcpServers);
    this.externalStorage = b.externalStorage;
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
    converter = converter != null ? converter : GlobalDataConverter.get();
    if (externalStorage != null) {
      // Storage goes last: the user's codecs (encryption...) run first, and it stores their output.
      converter = externalStorage.wrap(converter);
      builder.setDataConverter(converter);
    }
    this.dataConverter = converter;
  }

  @Override
  public void initializeWorker(String taskQueue, Worker worker) {
    super.initializeWorker(taskQueue, worker);
    ConverterWarmUp.warmUp(dataConverter != null ? dataConverter : GlobalDataConverter.get());
    if (registerActivities) {
      worker.registerActivitiesImplementations(
          new ModelActivityImpl(modelProvider), new McpActivityImpl(mcpServers));
    }
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
    private ExternalStorage externalStorage;

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

    /** The plugin. */
    public DurableAgentsPlugin build() {
      return new DurableAgentsPlugin(this);
    }
  }
}
