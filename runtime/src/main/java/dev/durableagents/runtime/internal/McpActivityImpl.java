package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpClient;
import dev.durableagents.runtime.mcp.McpException;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

/**
 * Runs MCP operations on the worker with the plugin's server providers. A failure to reach the
 * server becomes a retryable {@code ApplicationFailure} of type {@code "McpConnectionError"}; an
 * error the server answers, a non-retryable one of type {@code "McpError"}; a server this worker
 * does not know, a non-retryable one of type {@code "McpServerNotFound"}. With a heartbeat
 * timeout, the activity heartbeats at half of it while the operation runs.
 */
public final class McpActivityImpl implements McpActivity {

  private final Map<String, McpServerProvider> providers;

  /** @param providers the providers, by server name */
  public McpActivityImpl(Map<String, McpServerProvider> providers) {
    this.providers = Map.copyOf(Objects.requireNonNull(providers, "providers"));
  }

  @Override
  public ToolList listTools(ListToolsInput input) {
    return withClient(input.server(), client -> new ToolList(input.server(), client.listTools()));
  }

  @Override
  public McpToolResult callTool(CallToolInput input) {
    return withClient(input.server(), client -> client.callTool(input.tool(), input.arguments()));
  }

  private <T> T withClient(String server, Function<McpClient, T> operation) {
    McpServerProvider provider = providers.get(server);
    if (provider == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No MCP server named '"
              + server
              + "' on this worker; register it with DurableAgentsPlugin.newBuilder().addMcpServer(...)."
              + " Known: "
              + providers.keySet().stream().sorted().toList(),
          "McpServerNotFound");
    }
    ScheduledFuture<?> heartbeat = Heartbeats.start(Activity.getExecutionContext());
    try (McpClient client = provider.connect()) {
      return operation.apply(client);
    } catch (McpException e) {
      throw ApplicationFailure.newBuilder()
          .setMessage(e.getMessage())
          .setType(e.retryable() ? "McpConnectionError" : "McpError")
          .setNonRetryable(!e.retryable())
          .build();
    } finally {
      Heartbeats.stop(heartbeat);
    }
  }
}
