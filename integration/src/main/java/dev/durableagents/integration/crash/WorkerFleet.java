package dev.durableagents.integration.crash;

import dev.durableagents.integration.TemporalDevServer;
import dev.durableagents.integration.scenario.ScenarioWorker;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a crash run stands on: a dev server of its own (state in {@code directory}), the loopback
 * OpenAI stub, a fixed number of worker JVMs on one task queue that can be killed and replaced, and
 * a client with the plugin.
 */
final class WorkerFleet implements AutoCloseable {

  private final TemporalDevServer server;
  private final OpenAIStubServer stub;
  private final Path directory;
  private final String taskQueue;
  private final int toolDelayMillis;
  private final List<WorkerProcess> workers = new ArrayList<>();
  private final WorkflowServiceStubs service;
  private final WorkflowClient client;
  private int generation;

  /**
   * Starts the server, the stub (answering with {@code stub}'s responders, set by the caller before
   * workers call it) and {@code size} workers.
   */
  WorkerFleet(Path directory, String taskQueue, OpenAIStubServer stub, int size, int toolDelay) {
    this.directory = directory;
    this.taskQueue = taskQueue;
    this.stub = stub;
    this.toolDelayMillis = toolDelay;
    this.server = TemporalDevServer.start(directory.resolve("temporal.db"));
    for (int i = 0; i < size; i++) {
      workers.add(startWorker());
    }
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.address()).build());
    client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder()
                .setPlugins(ScenarioWorker.plugin(stub.baseUrl(), null))
                .build());
  }

  WorkflowClient client() {
    return client;
  }

  TemporalDevServer server() {
    return server;
  }

  /**
   * Kills a random worker that is polling (SIGKILL) and starts another in its place; {@code false}
   * when none was ready yet.
   */
  boolean killOne(Random random) {
    List<Integer> ready = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      if (workers.get(i).isReady()) {
        ready.add(i);
      }
    }
    if (ready.isEmpty()) {
      return false;
    }
    int victim = ready.get(random.nextInt(ready.size()));
    workers.get(victim).kill();
    workers.set(victim, startWorker());
    return true;
  }

  /** Kills every worker; the server and the client stay for reading histories. */
  void stopWorkers() {
    workers.forEach(WorkerProcess::kill);
  }

  private WorkerProcess startWorker() {
    int g = generation++;
    return WorkerProcess.start(
        List.of(
            server.address(),
            taskQueue,
            stub.baseUrl(),
            directory.resolve("worker-" + g + ".effects").toString(),
            Integer.toString(toolDelayMillis)),
        directory.resolve("worker-" + g + ".log"));
  }

  @Override
  public void close() {
    stopWorkers();
    service.shutdownNow();
    server.close();
  }
}
