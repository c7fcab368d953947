package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpClient;
import dev.durableagents.runtime.mcp.McpException;
import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The stateful MCP sessions one worker hosts, and the task queue only this worker polls for them.
 * Sessions are closed when the workflow closes them, when the worker factory shuts down, and when
 * one has been idle for {@link #IDLE_TIMEOUT} (checked whenever a session opens), so a workflow
 * that ended without closing its session does not leave a server process behind for long.
 */
public final class McpSessionHost {

  /** The prefix of the session task queues. */
  static final String QUEUE_PREFIX = "durable-agents-mcp-sessions@";

  /** How long a session may go unused before the host closes it. */
  static final Duration IDLE_TIMEOUT = Duration.ofHours(1);

  private final String taskQueue;
  private final Map<String, McpServerProvider> providers;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private static final class Session {
    final McpClient client;
    volatile long lastUsed = System.nanoTime();

    Session(McpClient client) {
      this.client = client;
    }
  }

  /**
   * @param workerTaskQueue the task queue of the worker the host belongs to, for the name of its
   *     own queue
   * @param providers the servers, by name
   */
  McpSessionHost(String workerTaskQueue, Map<String, McpServerProvider> providers) {
    this.taskQueue = QUEUE_PREFIX + workerTaskQueue + "@" + UUID.randomUUID();
    this.providers = Map.copyOf(providers);
  }

  /** Whether {@code taskQueue} is a host's session queue. */
  static boolean isSessionQueue(String taskQueue) {
    return taskQueue.startsWith(QUEUE_PREFIX);
  }

  /** The task queue only this host's worker polls. */
  public String taskQueue() {
    return taskQueue;
  }

  /** The ids of the sessions open now. */
  public java.util.Set<String> sessionIds() {
    return java.util.Set.copyOf(sessions.keySet());
  }

  /** Opens the session {@code sessionId} of {@code server}, unless it is open. */
  void open(String server, String sessionId) {
    closeIdle();
    McpServerProvider provider = McpActivityImpl.provider(providers, server);
    if (sessions.containsKey(sessionId)) {
      return;
    }
    McpClient client;
    try {
      client = provider.connect();
    } catch (McpException e) {
      throw McpActivityImpl.failure(e);
    }
    sessions.put(sessionId, new Session(client));
  }

  /**
   * Runs {@code operation} with the session's client, one operation of a session at a time. A
   * failure to talk to the server ends the session: the workflow is told it is lost.
   */
  <T> T with(String server, String sessionId, Function<McpClient, T> operation) {
    Session session = sessions.get(sessionId);
    if (session == null) {
      throw lost(server, sessionId, "this worker does not hold it (it restarted, or closed it)");
    }
    synchronized (session) {
      session.lastUsed = System.nanoTime();
      try {
        return operation.apply(session.client);
      } catch (McpException e) {
        if (!e.retryable()) {
          throw McpActivityImpl.failure(e);
        }
        close(sessionId);
        throw lost(server, sessionId, e.getMessage());
      } finally {
        session.lastUsed = System.nanoTime();
      }
    }
  }

  private static ApplicationFailure lost(String server, String sessionId, String why) {
    return ApplicationFailure.newNonRetryableFailure(
        "MCP session " + sessionId + " of server '" + server + "' is lost: " + why,
        McpSessionActivity.SESSION_LOST);
  }

  /** Closes a session; a session this host does not hold is ignored. */
  void close(String sessionId) {
    Session session = sessions.remove(sessionId);
    if (session != null) {
      try {
        session.client.close();
      } catch (RuntimeException e) {
        // The server is gone either way.
      }
    }
  }

  /** Closes every session (the worker is shutting down). */
  void closeAll() {
    sessions.keySet().forEach(this::close);
  }

  private void closeIdle() {
    long now = System.nanoTime();
    sessions.forEach(
        (id, session) -> {
          if (now - session.lastUsed > IDLE_TIMEOUT.toNanos()) {
            close(id);
          }
        });
  }
}
