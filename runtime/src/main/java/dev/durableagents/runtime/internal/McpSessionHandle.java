package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * A stateful MCP session, in workflow code: opened by an {@code McpSessionOpen} activity on the
 * server's MCP task queue, its operations scheduled on the task queue of the worker that hosts it.
 * When that worker is gone (an operation is not picked up within the schedule-to-start timeout) or
 * has lost the session, the handle opens a new session, on any worker, and runs the operation again
 * there; up to {@link #MAX_REOPENS} times per operation.
 */
public final class McpSessionHandle {

  /** How many times one operation may reopen the session before its failure ends the run. */
  static final int MAX_REOPENS = 3;

  private static final Logger log = Workflow.getLogger(McpSessionHandle.class);

  private final String server;
  private final WorkflowRuntime runtime;
  private final String idPrefix;
  private int opened;
  private String sessionId;
  private String taskQueue;
  private boolean closed;
  private CompletablePromise<Void> reopening;

  private McpSessionHandle(String server, WorkflowRuntime runtime, String idPrefix) {
    this.server = server;
    this.runtime = runtime;
    this.idPrefix = idPrefix;
  }

  /** Opens a session of {@code server}; {@code idPrefix} makes its ids unique in the workflow. */
  static McpSessionHandle open(String server, String idPrefix) {
    McpSessionHandle handle = new McpSessionHandle(server, WorkflowRuntime.current(), idPrefix);
    handle.establish();
    return handle;
  }

  /** The server's name. */
  public String server() {
    return server;
  }

  /** The current session's id (a new one after each reopening). */
  public String sessionId() {
    return sessionId;
  }

  /** How many sessions this handle opened: 1, plus one per recovery. */
  public int sessionsOpened() {
    return opened;
  }

  private void establish() {
    opened++;
    String id = idPrefix + "#" + opened;
    McpSessionActivity.Opened session =
        Workflow.newUntypedActivityStub(options(server + ": open session", null))
            .execute(
                McpSessionActivity.OPEN,
                McpSessionActivity.Opened.class,
                new McpSessionActivity.SessionRef(server, id));
    sessionId = session.sessionId();
    taskQueue = session.taskQueue();
  }

  /**
   * Runs one operation of the session: {@code input} builds the activity's input from the current
   * session id. Reopens the session when its worker is gone.
   */
  public <T> T call(String activityType, Class<T> resultType, String summary, SessionInput input) {
    if (closed) {
      throw new IllegalStateException("The MCP session of server '" + server + "' is closed");
    }
    for (int reopens = 0; ; reopens++) {
      String id = sessionId;
      try {
        return Workflow.newUntypedActivityStub(options(server + ": " + summary, taskQueue))
            .execute(activityType, resultType, input.of(id));
      } catch (ActivityFailure failure) {
        String why = lost(failure);
        if (why == null || reopens >= MAX_REOPENS) {
          throw failure;
        }
        log.warn(
            "MCP session {} of server '{}' {}; opening a new session (what the server held in"
                + " memory is lost)",
            id,
            server,
            why);
        try {
          reopen(id);
        } catch (ActivityFailure openFailure) {
          // The open itself went to a worker that is gone: try again, within the same budget.
          if (lost(openFailure) == null || reopens + 1 >= MAX_REOPENS) {
            throw openFailure;
          }
        }
      }
    }
  }

  /** Builds an operation's activity input for a session id. */
  @FunctionalInterface
  public interface SessionInput {
    /** The input for the session {@code sessionId}. */
    Object of(String sessionId);
  }

  private void reopen(String failedId) {
    if (!failedId.equals(sessionId)) {
      return; // another operation reopened it already
    }
    if (reopening != null) {
      reopening.get();
      return;
    }
    CompletablePromise<Void> done = Workflow.newPromise();
    reopening = done;
    try {
      establish();
    } finally {
      reopening = null;
      done.complete(null);
    }
  }

  /** Why the failure means the session is gone, or {@code null} if it does not. */
  private static String lost(ActivityFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof TimeoutFailure timeout
        && timeout.getTimeoutType() == TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START) {
      return "was not picked up by its worker in time (the worker is gone)";
    }
    if (cause instanceof TimeoutFailure timeout
        && timeout.getTimeoutType() == TimeoutType.TIMEOUT_TYPE_HEARTBEAT) {
      return "stopped heartbeating (the worker is gone)";
    }
    if (cause instanceof ApplicationFailure app
        && McpSessionActivity.SESSION_LOST.equals(app.getType())) {
      return "is lost on its worker";
    }
    return null;
  }

  /**
   * Closes the session on its worker, in a scope that cancellation of the workflow does not reach;
   * a worker that is gone has closed it already, so failures are ignored.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    String id = sessionId;
    Workflow.newDetachedCancellationScope(
            () -> {
              try {
                Workflow.newUntypedActivityStub(
                        ActivityOptions.newBuilder(options(server + ": close session", taskQueue))
                            .setRetryOptions(
                                RetryOptions.newBuilder().setMaximumAttempts(1).build())
                            .build())
                    .execute(
                        McpSessionActivity.CLOSE,
                        Void.class,
                        new McpSessionActivity.SessionRef(server, id));
              } catch (ActivityFailure e) {
                log.info(
                    "MCP session {} of server '{}' was not closed: {}", id, server, e.getMessage());
              }
            })
        .run();
  }

  private ActivityOptions options(String summary, String queue) {
    ActivityOptions base = runtime.mcpActivityOptions(server);
    ActivityOptions.Builder options = ActivityOptions.newBuilder(base).setSummary(summary);
    if (queue != null) {
      options.setTaskQueue(queue);
      Duration toStart = base.getScheduleToStartTimeout();
      if (toStart == null || toStart.isZero()) {
        options.setScheduleToStartTimeout(
            McpServerProvider.DEFAULT_SESSION_SCHEDULE_TO_START_TIMEOUT);
      }
    }
    return options.build();
  }
}
