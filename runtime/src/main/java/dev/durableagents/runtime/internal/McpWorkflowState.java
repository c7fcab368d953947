package dev.durableagents.runtime.internal;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stateful MCP sessions a workflow instance keeps open across agent runs ({@code
 * McpSession.open}), by server name. Agent runs of the workflow use an open session for that server
 * instead of opening their own.
 */
public final class McpWorkflowState {

  private static final WorkflowLocal<McpWorkflowState> CURRENT =
      WorkflowLocal.withCachedInitial(McpWorkflowState::new);

  private final Map<String, McpSessionHandle> open = new LinkedHashMap<>();
  private int sessions;

  private McpWorkflowState() {}

  /** The state of the current workflow instance. */
  public static McpWorkflowState current() {
    return CURRENT.get();
  }

  /** The session of {@code server} the workflow keeps open, or {@code null}. */
  public McpSessionHandle session(String server) {
    return open.get(server);
  }

  /**
   * Opens a session of {@code server} that the workflow's agent runs share until {@link #close}.
   *
   * @throws IllegalStateException if one is open already
   */
  public McpSessionHandle open(String server) {
    if (open.containsKey(server)) {
      throw new IllegalStateException(
          "An MCP session of server '" + server + "' is open already in this workflow");
    }
    McpSessionHandle handle = newSession(server);
    open.put(server, handle);
    return handle;
  }

  /** Closes a session {@link #open} opened. */
  public void close(McpSessionHandle handle) {
    open.remove(handle.server(), handle);
    handle.close();
  }

  /** A new session of {@code server}, with an id unique in the workflow. */
  McpSessionHandle newSession(String server) {
    sessions++;
    return McpSessionHandle.open(
        server,
        server
            + "@"
            + Workflow.getInfo().getWorkflowId()
            + "/"
            + Workflow.getInfo().getRunId()
            + "/"
            + sessions);
  }
}
