package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpClient;
import dev.durableagents.runtime.mcp.McpException;
import dev.durableagents.runtime.mcp.McpPrompt;
import dev.durableagents.runtime.mcp.McpPromptResult;
import dev.durableagents.runtime.mcp.McpResource;
import dev.durableagents.runtime.mcp.McpResourceContents;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

/**
 * Runs MCP operations on the worker with the plugin's server providers. A failure to reach the
 * server becomes a retryable {@code ApplicationFailure} of type {@code "McpConnectionError"}; an
 * error the server answers, a non-retryable one of type {@code "McpError"}; a server this worker
 * does not know, a non-retryable one of type {@code "McpServerNotFound"}. With a heartbeat timeout,
 * the activity heartbeats at half of it while the operation runs.
 */
public final class McpActivityImpl implements McpActivity {

  private final Map<String, McpServerProvider> providers;

  /**
   * @param providers the providers, by server name
   */
  public McpActivityImpl(Map<String, McpServerProvider> providers) {
    this.providers = Map.copyOf(Objects.requireNonNull(providers, "providers"));
  }

  @Override
  public ToolList listTools(ListToolsInput input) {
    McpServerProvider provider = provider(providers, input.server());
    if (provider.isStateful()) {
      // The workflow lists the tools in the session it opens next.
      return new ToolList(input.server(), List.of(), true);
    }
    List<McpTool> cached = provider.cachedTools();
    if (cached != null) {
      return new ToolList(input.server(), cached);
    }
    return withClient(
        input.server(), client -> new ToolList(input.server(), provider.listTools(client)));
  }

  @Override
  public McpToolResult callTool(CallToolInput input) {
    return withClient(input.server(), client -> client.callTool(input.tool(), input.arguments()));
  }

  @Override
  public List<McpPrompt> listPrompts(ServerInput input) {
    return withClient(input.server(), McpClient::listPrompts);
  }

  @Override
  public McpPromptResult getPrompt(ServerInput input) {
    return withClient(input.server(), client -> client.getPrompt(input.name(), input.arguments()));
  }

  @Override
  public List<McpResource> listResources(ServerInput input) {
    return withClient(input.server(), McpClient::listResources);
  }

  @Override
  public List<McpResourceContents> readResource(ServerInput input) {
    return withClient(input.server(), client -> client.readResource(input.name()));
  }

  private <T> T withClient(String server, Function<McpClient, T> operation) {
    McpServerProvider provider = provider(providers, server);
    ScheduledFuture<?> heartbeat = Heartbeats.start(Activity.getExecutionContext());
    try (McpClient client = provider.connect()) {
      return operation.apply(client);
    } catch (McpException e) {
      throw failure(e);
    } finally {
      Heartbeats.stop(heartbeat);
    }
  }

  /** The provider of {@code server}, or a non-retryable {@code McpServerNotFound} failure. */
  static McpServerProvider provider(Map<String, McpServerProvider> providers, String server) {
    McpServerProvider provider = providers.get(server);
    if (provider == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No MCP server named '"
              + server
              + "' on this worker; register it with"
              + " DurableAgentsPlugin.newBuilder().addMcpServer(...). Known: "
              + providers.keySet().stream().sorted().toList(),
          "McpServerNotFound");
    }
    return provider;
  }

  /** An MCP failure as the activity's failure: retryable or not, as the exception says. */
  static ApplicationFailure failure(McpException e) {
    return ApplicationFailure.newBuilder()
        .setMessage(e.getMessage())
        .setType(e.retryable() ? "McpConnectionError" : "McpError")
        .setNonRetryable(!e.retryable())
        .build();
  }
}
