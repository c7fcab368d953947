package dev.durableagents.runtime.mcp;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A local MCP server, as the worker knows it: a name agents refer to it by, and how to open a
 * connected client to it. Register it on the plugin; the Java counterpart of the Python
 * integration's {@code StatelessMCPServerProvider}.
 *
 * <pre>{@code
 * DurableAgentsPlugin agents = DurableAgentsPlugin.newBuilder()
 *     .addMcpServer(McpServerProvider.stdio("filesystem",
 *         List.of("npx", "-y", "@modelcontextprotocol/server-filesystem", "/srv/docs")))
 *     .addMcpServer(
 *         McpServerProvider.streamableHttp("weather", URI.create("http://localhost:8000/mcp"))
 *         .withActivityOptions(ActivityOptions.newBuilder()
 *             .setStartToCloseTimeout(Duration.ofSeconds(20)).build()))
 *     .build();
 *
 * AgentDefinition assistant = AgentDefinition.newBuilder("Assistant")
 *     .addMcpServer("filesystem")
 *     .build();
 * }</pre>
 *
 * <p>Each MCP operation is its own activity, which opens a client, does the operation and closes
 * the client: listing the tools ({@code McpListTools}) once per run for each server of the agent,
 * and each tool call ({@code McpCallTool}). A stdio server is therefore started once per activity.
 * Only the worker that runs the activities needs the provider; the worker that runs the workflow
 * uses its activity options and tool filter if it has it, else the plugin's options and no filter.
 *
 * <p>A {@link #stateful()} server keeps one session (one process, one HTTP session) for a whole
 * agent run, or for as long as the workflow keeps an {@link McpSession} open: the worker that opens
 * it hosts it, and the session's operations are routed to that worker alone, on a task queue of its
 * own. If that worker dies, the workflow opens a new session on another worker and goes on; what
 * the server held in memory is lost.
 */
public final class McpServerProvider {

  /**
   * The activity options of MCP operations unless the provider or the plugin sets others: 60 s
   * start-to-close, and up to 5 attempts 1 s, 2 s, 4 s, 8 s apart. Only failures to reach the
   * server are retried; an error the server answers fails at once.
   */
  public static final ActivityOptions DEFAULT_ACTIVITY_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(60))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(1))
                  .setBackoffCoefficient(2)
                  .setMaximumInterval(Duration.ofSeconds(30))
                  .setMaximumAttempts(5)
                  .build())
          .build();

  /**
   * How long an operation of a stateful server's session may wait for its hosting worker to pick it
   * up, unless the activity options set a schedule-to-start timeout: after it, the workflow takes
   * that worker for dead and opens a new session.
   */
  public static final Duration DEFAULT_SESSION_SCHEDULE_TO_START_TIMEOUT = Duration.ofSeconds(30);

  /** How long one request of a stdio or HTTP server may wait for its answer, by default. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(50);

  private final String name;
  private final Supplier<McpClient> factory;
  private final ActivityOptions activityOptions;
  private final boolean stateful;
  private final McpToolFilter toolFilter;
  private final boolean cacheToolsList;
  // The cached tool list, shared by the copies that cache (null: not listed yet).
  private final AtomicReference<List<McpTool>> toolsCache;

  private McpServerProvider(
      String name,
      Supplier<McpClient> factory,
      ActivityOptions options,
      boolean stateful,
      McpToolFilter toolFilter,
      boolean cacheToolsList,
      AtomicReference<List<McpTool>> toolsCache) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An MCP server's name must not be blank");
    }
    this.name = name;
    this.factory = Objects.requireNonNull(factory, "factory");
    this.activityOptions = options;
    this.stateful = stateful;
    this.toolFilter = toolFilter;
    this.cacheToolsList = cacheToolsList;
    this.toolsCache = toolsCache;
  }

  private McpServerProvider(String name, Supplier<McpClient> factory, ActivityOptions options) {
    this(name, factory, options, false, null, false, new AtomicReference<>());
  }

  /**
   * A server whose clients {@code factory} opens: connected and initialized, closed by the activity
   * after one operation. Throw {@link McpException} (retryable or not) when it cannot connect.
   */
  public static McpServerProvider of(String name, Supplier<McpClient> factory) {
    return new McpServerProvider(name, factory, null);
  }

  /** A server the worker starts as a process, speaking MCP on its stdin and stdout. */
  public static McpServerProvider stdio(String name, List<String> command) {
    return stdio(name, command, Map.of(), DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * A server the worker starts as a process.
   *
   * @param name the name agents use
   * @param command the program and its arguments
   * @param env environment variables added to the worker's for the process
   * @param requestTimeout how long one request may wait for its answer
   */
  public static McpServerProvider stdio(
      String name, List<String> command, Map<String, String> env, Duration requestTimeout) {
    List<String> cmd = List.copyOf(command);
    if (cmd.isEmpty()) {
      throw new IllegalArgumentException("MCP server '" + name + "' has an empty command");
    }
    Map<String, String> environment = Map.copyOf(env);
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    return of(name, () -> StdioMcpClient.start(name, cmd, environment, requestTimeout));
  }

  /** A server reached over the streamable HTTP transport at {@code url}. */
  public static McpServerProvider streamableHttp(String name, URI url) {
    return streamableHttp(name, url, Map.of(), DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * A server reached over the streamable HTTP transport.
   *
   * @param name the name agents use
   * @param url the server's MCP endpoint
   * @param headers headers sent with every request (for example {@code Authorization}); they stay
   *     on the worker and never enter the workflow history
   * @param requestTimeout how long one request may wait for its answer
   */
  public static McpServerProvider streamableHttp(
      String name, URI url, Map<String, String> headers, Duration requestTimeout) {
    Objects.requireNonNull(url, "url");
    Map<String, String> h = Map.copyOf(headers);
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    HttpClient http = StreamableHttpMcpClient.httpClient(requestTimeout);
    return of(name, () -> StreamableHttpMcpClient.connect(http, name, url, h, requestTimeout));
  }

  /**
   * A server reached over the HTTP+SSE transport (protocol revision 2024-11-05) that older servers
   * speak: {@code url} is the server's event-stream endpoint, often ending in {@code /sse}.
   */
  public static McpServerProvider sse(String name, URI url) {
    return sse(name, url, Map.of(), DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * A server reached over the HTTP+SSE transport.
   *
   * @param name the name agents use
   * @param url the server's event-stream endpoint
   * @param headers headers sent with every request; they stay on the worker
   * @param requestTimeout how long one request may wait for its answer
   */
  public static McpServerProvider sse(
      String name, URI url, Map<String, String> headers, Duration requestTimeout) {
    Objects.requireNonNull(url, "url");
    Map<String, String> h = Map.copyOf(headers);
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    HttpClient http = StreamableHttpMcpClient.httpClient(requestTimeout);
    return of(name, () -> SseMcpClient.connect(http, name, url, h, requestTimeout));
  }

  /** A copy whose MCP activities use {@code options} instead of the plugin's. */
  public McpServerProvider withActivityOptions(ActivityOptions options) {
    return new McpServerProvider(
        name,
        factory,
        Objects.requireNonNull(options, "options"),
        stateful,
        toolFilter,
        cacheToolsList,
        toolsCache);
  }

  /**
   * A copy that is stateful: one session per agent run (or per {@link McpSession} the workflow
   * opens), hosted by the worker that opened it, instead of one connection per operation. Use it
   * for servers that remember things between calls (a knowledge graph, a browser). The session's
   * activities get a schedule-to-start timeout (the activity options', else {@link
   * #DEFAULT_SESSION_SCHEDULE_TO_START_TIMEOUT}), after which the workflow takes the hosting worker
   * for dead and opens a new session elsewhere.
   */
  public McpServerProvider stateful() {
    return new McpServerProvider(
        name, factory, activityOptions, true, toolFilter, cacheToolsList, toolsCache);
  }

  /**
   * A copy whose tools are offered to agents' models only as {@code filter} allows: a static allow
   * or deny list ({@link McpToolFilter#allow}, {@link McpToolFilter#deny}) or a dynamic filter. The
   * filter runs in workflow code and must be deterministic.
   */
  public McpServerProvider withToolFilter(McpToolFilter filter) {
    return new McpServerProvider(
        name,
        factory,
        activityOptions,
        stateful,
        Objects.requireNonNull(filter, "filter"),
        cacheToolsList,
        toolsCache);
  }

  /**
   * A copy that caches the server's tool list on the worker: the first {@code McpListTools}
   * activity asks the server, later ones (of any run) answer from the cache without connecting,
   * until {@link #invalidateToolsCache()}. Use it when the server's tools do not change. Each run
   * still lists once, in its history, so replay never depends on the cache.
   */
  public McpServerProvider withToolsListCached() {
    return new McpServerProvider(
        name, factory, activityOptions, stateful, toolFilter, true, new AtomicReference<>());
  }

  /** Forgets the cached tool list, so the next listing asks the server again. */
  public void invalidateToolsCache() {
    toolsCache.set(null);
  }

  /** Whether the server is stateful ({@link #stateful()}). */
  public boolean isStateful() {
    return stateful;
  }

  /** The tool filter, or {@code null} when every tool is offered. */
  public McpToolFilter toolFilter() {
    return toolFilter;
  }

  /** Whether the tool list is cached on the worker ({@link #withToolsListCached()}). */
  public boolean isToolsListCached() {
    return cacheToolsList;
  }

  /**
   * The server's tools from {@code client}, or from the cache when the list is cached and was
   * listed before.
   */
  public List<McpTool> listTools(McpClient client) {
    if (!cacheToolsList) {
      return client.listTools();
    }
    List<McpTool> cached = toolsCache.get();
    if (cached == null) {
      cached = List.copyOf(client.listTools());
      toolsCache.set(cached);
    }
    return cached;
  }

  /** The cached tool list, or {@code null} when the list is not cached or not listed yet. */
  public List<McpTool> cachedTools() {
    return cacheToolsList ? toolsCache.get() : null;
  }

  /** The name agents refer to the server by. */
  public String name() {
    return name;
  }

  /** This server's activity options, or {@code null} for the plugin's. */
  public ActivityOptions activityOptions() {
    return activityOptions;
  }

  /**
   * Opens a connected, initialized client.
   *
   * @throws McpException if the server cannot be reached
   */
  public McpClient connect() {
    return Objects.requireNonNull(factory.get(), "the factory of MCP server '" + name + "'");
  }

  @Override
  public String toString() {
    return "McpServerProvider{" + name + "}";
  }
}
