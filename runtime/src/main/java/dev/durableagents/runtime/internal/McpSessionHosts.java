package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plugin's side of stateful MCP sessions: each worker the plugin initializes gets a {@link
 * McpSessionHost}, and when its factory starts, one more worker that polls the host's session queue
 * (one activity at a time per session; sessions run side by side). When the factory shuts down, the
 * host closes its sessions.
 */
public final class McpSessionHosts {

  private record Hosted(McpSessionHost host, String workerTaskQueue, Worker worker) {}

  private final Map<String, McpServerProvider> providers;
  private final List<Hosted> hosts = new ArrayList<>();

  /**
   * @param providers the plugin's MCP servers
   */
  public McpSessionHosts(Map<String, McpServerProvider> providers) {
    this.providers = Map.copyOf(providers);
  }

  /**
   * Registers the session activities on a worker the plugin initializes: for a regular worker, the
   * ones that open sessions on a new host; for a host's session worker, all of them.
   *
   * @return whether {@code taskQueue} is a session queue (the caller registers nothing else there)
   */
  public synchronized boolean initializeWorker(String taskQueue, Worker worker) {
    if (McpSessionHost.isSessionQueue(taskQueue)) {
      for (Hosted hosted : hosts) {
        if (hosted.host().taskQueue().equals(taskQueue)) {
          worker.registerActivitiesImplementations(new McpSessionActivityImpl(hosted.host()));
          return true;
        }
      }
      return true;
    }
    if (providers.isEmpty()) {
      return false;
    }
    McpSessionHost host = new McpSessionHost(taskQueue, providers);
    hosts.add(new Hosted(host, taskQueue, worker));
    worker.registerActivitiesImplementations(new McpSessionActivityImpl(host));
    return false;
  }

  /** Before {@code factory} starts: a session worker for each host of its workers. */
  public synchronized void starting(WorkerFactory factory) {
    for (Hosted hosted : List.copyOf(hosts)) {
      if (factory.tryGetWorker(hosted.workerTaskQueue()) == hosted.worker()
          && factory.tryGetWorker(hosted.host().taskQueue()) == null) {
        factory.newWorker(hosted.host().taskQueue());
      }
    }
  }

  /** After {@code factory} shut down: its hosts close their sessions and are forgotten. */
  public synchronized void stopped(WorkerFactory factory) {
    hosts.removeIf(
        hosted -> {
          if (factory.tryGetWorker(hosted.host().taskQueue()) != null) {
            hosted.host().closeAll();
            return true;
          }
          return false;
        });
  }

  /** The hosts of this plugin's workers, for tests. */
  public synchronized List<McpSessionHost> hosts() {
    return hosts.stream().map(Hosted::host).toList();
  }
}
