package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpClient;
import dev.durableagents.runtime.mcp.McpPrompt;
import dev.durableagents.runtime.mcp.McpPromptResult;
import dev.durableagents.runtime.mcp.McpResource;
import dev.durableagents.runtime.mcp.McpResourceContents;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.Activity;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * Runs the operations of stateful MCP sessions with one worker's {@link McpSessionHost}. The plugin
 * registers it on the worker's own task queue (where sessions are opened) and on the host's session
 * queue (where their operations run). With a heartbeat timeout, the activity heartbeats at half of
 * it while the operation runs.
 */
public final class McpSessionActivityImpl implements McpSessionActivity {

  private final McpSessionHost host;

  /**
   * @param host the sessions of this worker
   */
  public McpSessionActivityImpl(McpSessionHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  @Override
  public Opened open(SessionRef session) {
    heartbeating(
        () -> {
          host.open(session.server(), session.sessionId());
          return null;
        });
    return new Opened(session.server(), session.sessionId(), host.taskQueue());
  }

  @Override
  public McpActivity.ToolList listTools(SessionRef session) {
    return in(
        session.server(),
        session.sessionId(),
        client -> new McpActivity.ToolList(session.server(), client.listTools()));
  }

  @Override
  public McpToolResult callTool(ToolCall call) {
    return in(
        call.server(), call.sessionId(), client -> client.callTool(call.tool(), call.arguments()));
  }

  @Override
  public List<McpPrompt> listPrompts(SessionRef session) {
    return in(session.server(), session.sessionId(), McpClient::listPrompts);
  }

  @Override
  public McpPromptResult getPrompt(Named prompt) {
    return in(
        prompt.server(),
        prompt.sessionId(),
        client -> client.getPrompt(prompt.name(), prompt.arguments()));
  }

  @Override
  public List<McpResource> listResources(SessionRef session) {
    return in(session.server(), session.sessionId(), McpClient::listResources);
  }

  @Override
  public List<McpResourceContents> readResource(Named resource) {
    return in(
        resource.server(), resource.sessionId(), client -> client.readResource(resource.name()));
  }

  @Override
  public void close(SessionRef session) {
    host.close(session.sessionId());
  }

  private <T> T in(
      String server, String sessionId, java.util.function.Function<McpClient, T> operation) {
    return heartbeating(() -> host.with(server, sessionId, operation));
  }

  private static <T> T heartbeating(Supplier<T> operation) {
    ScheduledFuture<?> heartbeat = Heartbeats.start(Activity.getExecutionContext());
    try {
      return operation.get();
    } finally {
      Heartbeats.stop(heartbeat);
    }
  }
}
