package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.McpActivity;
import dev.durableagents.runtime.internal.McpSessionActivity;
import dev.durableagents.runtime.internal.McpSessionHandle;
import dev.durableagents.runtime.internal.McpWorkflowState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A session of an MCP server that a workflow keeps open across agent runs (a conversation), for
 * servers that remember things between calls; workflow code only. While it is open, every agent run
 * of the workflow that names the server uses this session.
 *
 * <pre>{@code
 * try (McpSession memory = McpSession.open("memory")) {
 *   Runner.run(ResearchAgent.class, "Note three facts about Temporal");
 *   Runner.run(ResearchAgent.class, "What did you note?");   // same server process
 * }
 * }</pre>
 *
 * <p>The session lives on the worker whose {@code McpSessionOpen} activity opened it, and its
 * operations are scheduled on that worker's own task queue. If that worker dies, the next operation
 * is not picked up within its schedule-to-start timeout (the server's activity options', else
 * {@link McpServerProvider#DEFAULT_SESSION_SCHEDULE_TO_START_TIMEOUT}); the session is then opened
 * again on another worker and the operation runs there. What the server held in memory (for {@code
 * server-memory}, its knowledge graph unless it persists it to a file) is lost. Without an open
 * session, an agent run opens one for each of its servers registered {@link
 * McpServerProvider#stateful()} and closes it when the run ends.
 */
public final class McpSession implements AutoCloseable {

  private final McpSessionHandle handle;

  private McpSession(McpSessionHandle handle) {
    this.handle = handle;
  }

  /**
   * Opens a session of the server registered as {@code server} on the workers; any server can be
   * used in a session, stateful or not.
   *
   * @throws IllegalStateException if the workflow has a session of that server open already
   */
  public static McpSession open(String server) {
    return new McpSession(McpWorkflowState.current().open(server));
  }

  /** A view of a handle the workflow holds. */
  static McpSession wrap(McpSessionHandle handle) {
    return new McpSession(handle);
  }

  /** The session the workflow has open for {@code server}, or {@code null}. */
  static McpSessionHandle current(String server) {
    return McpWorkflowState.current().session(server);
  }

  /** The server's name. */
  public String server() {
    return handle.server();
  }

  /** How many sessions were opened: 1, plus one each time a dead worker's session was replaced. */
  public int sessionsOpened() {
    return handle.sessionsOpened();
  }

  /** The server's tools, listed in the session. */
  public List<McpTool> listTools() {
    return handle
        .call(
            McpSessionActivity.LIST_TOOLS,
            McpActivity.ToolList.class,
            "list tools",
            id -> new McpSessionActivity.SessionRef(server(), id))
        .tools();
  }

  /** Calls a tool in the session. */
  public McpToolResult callTool(String tool, ObjectNode arguments) {
    return handle.call(
        McpSessionActivity.CALL_TOOL,
        McpToolResult.class,
        tool,
        id -> new McpSessionActivity.ToolCall(server(), id, tool, arguments));
  }

  /** The server's prompts, listed in the session. */
  public List<McpPrompt> listPrompts() {
    return Arrays.asList(
        handle.call(
            McpSessionActivity.LIST_PROMPTS,
            McpPrompt[].class,
            "list prompts",
            id -> new McpSessionActivity.SessionRef(server(), id)));
  }

  /** A prompt rendered in the session. */
  public McpPromptResult getPrompt(String name, Map<String, String> arguments) {
    return handle.call(
        McpSessionActivity.GET_PROMPT,
        McpPromptResult.class,
        "prompt " + name,
        id -> new McpSessionActivity.Named(server(), id, name, arguments));
  }

  /** The server's resources, listed in the session. */
  public List<McpResource> listResources() {
    return Arrays.asList(
        handle.call(
            McpSessionActivity.LIST_RESOURCES,
            McpResource[].class,
            "list resources",
            id -> new McpSessionActivity.SessionRef(server(), id)));
  }

  /** A resource read in the session. */
  public List<McpResourceContents> readResource(String uri) {
    return Arrays.asList(
        handle.call(
            McpSessionActivity.READ_RESOURCE,
            McpResourceContents[].class,
            "read " + uri,
            id -> new McpSessionActivity.Named(server(), id, uri, null)));
  }

  /** Closes the session on its worker (the server process stops). */
  @Override
  public void close() {
    McpWorkflowState.current().close(handle);
  }
}
