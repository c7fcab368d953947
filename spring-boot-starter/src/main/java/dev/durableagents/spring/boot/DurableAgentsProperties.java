package dev.durableagents.spring.boot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code durable-agents.*} properties of {@link DurableAgentsAutoConfiguration}.
 *
 * <p>Unset OpenAI properties fall back to the environment variables the runtime reads without
 * Spring ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_API}, {@code
 * OPENAI_MODEL}), so an application configured for the plain runtime runs unchanged.
 */
@ConfigurationProperties(prefix = "durable-agents")
public class DurableAgentsProperties {

  /** Whether the starter configures anything; default {@code true}. */
  private boolean enabled = true;

  /** The OpenAI provider's settings ({@code durable-agents.openai.*}). */
  private final OpenAI openai = new OpenAI();

  /**
   * The model of agents that name none; default the provider's ({@code OPENAI_MODEL}, else gpt-4o).
   */
  private String defaultModel;

  /** The activity options of model calls ({@code durable-agents.model-activity.*}). */
  private final ModelActivity modelActivity = new ModelActivity();

  /**
   * Local MCP servers by name ({@code durable-agents.mcp-servers.<name>.command} or {@code .url});
   * agents name them with {@code @McpServer("<name>")}.
   */
  private Map<String, McpServer> mcpServers = new LinkedHashMap<>();

  /**
   * The packages searched, with their sub-packages, for generated {@code AgentsModule} classes;
   * default the application's auto-configuration packages (the package of the
   * {@code @SpringBootApplication} class).
   */
  private List<String> packages = new ArrayList<>();

  /**
   * The task queues of Temporal's workers ({@code spring.temporal.workers[*].task-queue}) that get
   * the agents and tool beans; default every worker.
   */
  private List<String> taskQueues = new ArrayList<>();

  /**
   * Whether beans that implement a tool set are registered on the workers as its activities;
   * default {@code true}.
   */
  private boolean registerToolBeans = true;

  /** Whether the starter configures anything; default {@code true}. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Sets {@link #isEnabled()}. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The OpenAI provider's settings ({@code durable-agents.openai.*}). */
  public OpenAI getOpenai() {
    return openai;
  }

  /**
   * The model of agents that name none; default the provider's ({@code OPENAI_MODEL}, else gpt-4o).
   */
  public String getDefaultModel() {
    return defaultModel;
  }

  /** Sets {@link #getDefaultModel()}. */
  public void setDefaultModel(String defaultModel) {
    this.defaultModel = defaultModel;
  }

  /** The activity options of model calls ({@code durable-agents.model-activity.*}). */
  public ModelActivity getModelActivity() {
    return modelActivity;
  }

  /**
   * Local MCP servers by name ({@code durable-agents.mcp-servers.<name>.command} or {@code .url});
   * agents name them with {@code @McpServer("<name>")}.
   */
  public Map<String, McpServer> getMcpServers() {
    return mcpServers;
  }

  /** Sets {@link #getMcpServers()}. */
  public void setMcpServers(Map<String, McpServer> mcpServers) {
    this.mcpServers = mcpServers;
  }

  /**
   * The packages searched, with their sub-packages, for generated {@code AgentsModule} classes;
   * default the application's auto-configuration packages (the package of the
   * {@code @SpringBootApplication} class).
   */
  public List<String> getPackages() {
    return packages;
  }

  /** Sets {@link #getPackages()}. */
  public void setPackages(List<String> packages) {
    this.packages = packages;
  }

  /**
   * The task queues of Temporal's workers ({@code spring.temporal.workers[*].task-queue}) that get
   * the agents and tool beans; default every worker.
   */
  public List<String> getTaskQueues() {
    return taskQueues;
  }

  /** Sets {@link #getTaskQueues()}. */
  public void setTaskQueues(List<String> taskQueues) {
    this.taskQueues = taskQueues;
  }

  /**
   * Whether beans that implement a tool set are registered on the workers as its activities;
   * default {@code true}.
   */
  public boolean isRegisterToolBeans() {
    return registerToolBeans;
  }

  /** Sets {@link #isRegisterToolBeans()}. */
  public void setRegisterToolBeans(boolean registerToolBeans) {
    this.registerToolBeans = registerToolBeans;
  }

  /** The OpenAI provider's settings. */
  public static class OpenAI {
    /** The API key; default {@code OPENAI_API_KEY}. */
    private String apiKey;

    /**
     * The base URL of an OpenAI-compatible server; default {@code OPENAI_BASE_URL}, else OpenAI.
     */
    private String baseUrl;

    /** {@code responses} (the default) or {@code chat_completions}; default {@code OPENAI_API}. */
    private String api;

    /** The HTTP timeout of one model request; default the provider's. */
    private Duration timeout;

    /** The API key; default {@code OPENAI_API_KEY}. */
    public String getApiKey() {
      return apiKey;
    }

    /** Sets {@link #getApiKey()}. */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /**
     * The base URL of an OpenAI-compatible server; default {@code OPENAI_BASE_URL}, else OpenAI.
     */
    public String getBaseUrl() {
      return baseUrl;
    }

    /** Sets {@link #getBaseUrl()}. */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** {@code responses} (the default) or {@code chat_completions}; default {@code OPENAI_API}. */
    public String getApi() {
      return api;
    }

    /** Sets {@link #getApi()}. */
    public void setApi(String api) {
      this.api = api;
    }

    /** The HTTP timeout of one model request; default the provider's. */
    public Duration getTimeout() {
      return timeout;
    }

    /** Sets {@link #getTimeout()}. */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  /**
   * The activity options of model calls; unset values keep {@code ModelActivityOptions}' defaults.
   */
  public static class ModelActivity {
    /** The task queue of model activities; default the workflow's. */
    private String taskQueue;

    /** The start-to-close timeout of one model call; default 60 s. */
    private Duration startToCloseTimeout;

    /** The schedule-to-close timeout of one model call, retries included; default none. */
    private Duration scheduleToCloseTimeout;

    /** The schedule-to-start timeout of one model call; default none. */
    private Duration scheduleToStartTimeout;

    /** The heartbeat timeout of model calls; default 10 s. */
    private Duration heartbeatTimeout;

    /** Whether model calls run as local activities; default {@code false}. */
    private boolean localActivity;

    /** The task queue of model activities; default the workflow's. */
    public String getTaskQueue() {
      return taskQueue;
    }

    /** Sets {@link #getTaskQueue()}. */
    public void setTaskQueue(String taskQueue) {
      this.taskQueue = taskQueue;
    }

    /** The start-to-close timeout of one model call; default 60 s. */
    public Duration getStartToCloseTimeout() {
      return startToCloseTimeout;
    }

    /** Sets {@link #getStartToCloseTimeout()}. */
    public void setStartToCloseTimeout(Duration startToCloseTimeout) {
      this.startToCloseTimeout = startToCloseTimeout;
    }

    /** The schedule-to-close timeout of one model call, retries included; default none. */
    public Duration getScheduleToCloseTimeout() {
      return scheduleToCloseTimeout;
    }

    /** Sets {@link #getScheduleToCloseTimeout()}. */
    public void setScheduleToCloseTimeout(Duration scheduleToCloseTimeout) {
      this.scheduleToCloseTimeout = scheduleToCloseTimeout;
    }

    /** The schedule-to-start timeout of one model call; default none. */
    public Duration getScheduleToStartTimeout() {
      return scheduleToStartTimeout;
    }

    /** Sets {@link #getScheduleToStartTimeout()}. */
    public void setScheduleToStartTimeout(Duration scheduleToStartTimeout) {
      this.scheduleToStartTimeout = scheduleToStartTimeout;
    }

    /** The heartbeat timeout of model calls; default 10 s. */
    public Duration getHeartbeatTimeout() {
      return heartbeatTimeout;
    }

    /** Sets {@link #getHeartbeatTimeout()}. */
    public void setHeartbeatTimeout(Duration heartbeatTimeout) {
      this.heartbeatTimeout = heartbeatTimeout;
    }

    /** Whether model calls run as local activities; default {@code false}. */
    public boolean isLocalActivity() {
      return localActivity;
    }

    /** Sets {@link #isLocalActivity()}. */
    public void setLocalActivity(boolean localActivity) {
      this.localActivity = localActivity;
    }
  }

  /**
   * A local MCP server: a stdio command, a streamable-HTTP URL or an HTTP+SSE URL (exactly one of
   * them), stateless unless {@code stateful}.
   */
  public static class McpServer {
    /** The command and arguments of a stdio server, e.g. {@code npx,-y,@scope/server}. */
    private List<String> command = new ArrayList<>();

    /** The URL of a streamable-HTTP server. */
    private URI url;

    /** The event-stream URL of an older server speaking the HTTP+SSE transport. */
    private URI sseUrl;

    /** One session per agent run (or per {@code McpSession}), hosted by one worker. */
    private boolean stateful;

    /** The event-stream URL of an older server speaking the HTTP+SSE transport. */
    public URI getSseUrl() {
      return sseUrl;
    }

    /** Sets {@link #getSseUrl()}. */
    public void setSseUrl(URI sseUrl) {
      this.sseUrl = sseUrl;
    }

    /** Whether the server is stateful ({@code McpServerProvider.stateful()}). */
    public boolean isStateful() {
      return stateful;
    }

    /** Sets {@link #isStateful()}. */
    public void setStateful(boolean stateful) {
      this.stateful = stateful;
    }

    /** The command and arguments of a stdio server, e.g. {@code npx,-y,@scope/server}. */
    public List<String> getCommand() {
      return command;
    }

    /** Sets {@link #getCommand()}. */
    public void setCommand(List<String> command) {
      this.command = command;
    }

    /** The URL of a streamable-HTTP server. */
    public URI getUrl() {
      return url;
    }

    /** Sets {@link #getUrl()}. */
    public void setUrl(URI url) {
      this.url = url;
    }
  }
}
