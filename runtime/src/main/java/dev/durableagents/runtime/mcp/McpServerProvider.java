package dev.durableagents.runtime.mcp;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *     .addMcpServer(McpServerProvider.streamableHttp("weather", URI.create("http://localhost:8000/mcp"))
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
 * uses its activity options if it has it, else the plugin's.
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

  /** How long one request of a stdio or HTTP server may wait for its answer, by default. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(50);

  private final String name;
  private final Supplier<McpClient> factory;
  private final ActivityOptions activityOptions;

  private McpServerProvider(String name, Supplier<McpClient> factory, ActivityOptions options) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("An MCP server's name must not be blank");
    }
    this.name = name;
    this.factory = Objects.requireNonNull(factory, "factory");
    this.activityOptions = options;
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

  /** A copy whose MCP activities use {@code options} instead of the plugin's. */
  public McpServerProvider withActivityOptions(ActivityOptions options) {
    return new McpServerProvider(name, factory, Objects.requireNonNull(options, "options"));
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
