package dev.durableagents.integration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A worker and a client on the real Temporal server at {@code TEMPORAL_ADDRESS}; the test is
 * skipped, with a message, when it is not set ({@code .ci/run} starts a dev server and sets it).
 * Each instance has a task queue of its own, so tests do not see each other's tasks.
 */
public final class RealServer implements AutoCloseable {

  private final WorkflowServiceStubs service;
  private final WorkflowClient client;
  private final WorkerFactory factory;
  private final Worker worker;
  private final String taskQueue;

  private RealServer(
      String address, DurableAgentsPlugin plugin, String taskQueue, Consumer<Worker> registration) {
    service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build());
    factory = WorkerFactory.newInstance(client);
    this.taskQueue = taskQueue;
    worker = factory.newWorker(taskQueue);
    registration.accept(worker);
    factory.start();
  }

  /** The address of the real server; skips the calling test when there is none. */
  public static String address() {
    String address = System.getenv("TEMPORAL_ADDRESS");
    assumeTrue(
        address != null && !address.isBlank(),
        "TEMPORAL_ADDRESS is not set: the integration suite needs a real Temporal server"
            + " (.ci/run starts `temporal server start-dev` and sets it)");
    return address;
  }

  /**
   * A started worker with this plugin and these registrations, on the server of {@link #address}.
   */
  public static RealServer start(DurableAgentsPlugin plugin, Consumer<Worker> registration) {
    return new RealServer(address(), plugin, "it-" + UUID.randomUUID(), registration);
  }

  /** The same, on the server at {@code address}. */
  public static RealServer start(
      String address, DurableAgentsPlugin plugin, Consumer<Worker> registration) {
    return new RealServer(address, plugin, "it-" + UUID.randomUUID(), registration);
  }

  /**
   * A started worker polling {@code taskQueue} (a sample's own), on the server of {@link #address}.
   */
  public static RealServer onTaskQueue(
      String taskQueue, DurableAgentsPlugin plugin, Consumer<Worker> registration) {
    return new RealServer(address(), plugin, taskQueue, registration);
  }

  public WorkflowClient client() {
    return client;
  }

  public String taskQueue() {
    return taskQueue;
  }

  /** A workflow id unique to this test run. */
  public static String id(String name) {
    return name + "-" + UUID.randomUUID();
  }

  /**
   * Writes the history of {@code workflowId} to the build's recorded-histories folder (the {@code
   * integration.histories.out} property), for the replay corpus, as {@code <name>.json}.
   */
  public void record(String workflowId, String name) {
    String out = System.getProperty("integration.histories.out");
    if (out == null) {
      return;
    }
    WorkflowExecutionHistory history = client.fetchHistory(workflowId);
    try {
      Path dir = Files.createDirectories(Path.of(out));
      Files.writeString(dir.resolve(name + ".json"), history.toJson(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    factory.shutdownNow();
    service.shutdownNow();
  }
}
