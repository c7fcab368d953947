package dev.durableagents.examples.support;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.Model;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the samples find Temporal: the server at {@code TEMPORAL_ADDRESS} when it is set, else an
 * in-process Temporal test server, so that nothing needs installing.
 */
public final class Temporal implements AutoCloseable {

  /**
   * Where standalone workers and starters look for Temporal when {@code TEMPORAL_ADDRESS} is unset.
   */
  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";

  private final WorkflowServiceStubs service;
  private final TestServer.InProcessTestServer embedded;
  private final String address;

  private Temporal(
      WorkflowServiceStubs service, TestServer.InProcessTestServer embedded, String address) {
    this.service = service;
    this.embedded = embedded;
    this.address = address;
  }

  /** Connects to {@code TEMPORAL_ADDRESS}, or starts an embedded server when it is unset. */
  public static Temporal connect(Map<String, String> env) {
    String address = env.get("TEMPORAL_ADDRESS");
    if (address == null || address.isBlank()) {
      TestServer.InProcessTestServer server = TestServer.createServer(true);
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setChannel(server.getChannel()).build());
      return new Temporal(service, server, null);
    }
    return new Temporal(connectTo(address), null, address);
  }

  /** The service stubs of the server at {@code address} ({@code host:port}). */
  public static WorkflowServiceStubs connectTo(String address) {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
  }

  /** Where it is connected, for people. */
  public String describe() {
    return embedded != null
        ? "embedded Temporal test server (TEMPORAL_ADDRESS is not set)"
        : "Temporal at " + address;
  }

  /** Whether the server lives only as long as this process. */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /** A client that carries the agents plugin. */
  public WorkflowClient client(DurableAgentsPlugin plugin) {
    return WorkflowClient.newInstance(
        service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build());
  }

  /**
   * Options of a worker whose workflows must move to another worker as soon as it stops: it does
   * not ask for their tasks to stick to it. A worker normally caches each workflow's state and has
   * the server send it that workflow's next tasks (and queries) first, falling back to any worker
   * after a timeout; the development server ({@link DevServer}, Temporal's Java test server) has no
   * such fallback for queries, so a query would wait for a worker that is gone. On a real Temporal
   * cluster keep the default.
   */
  public static WorkerOptions nonStickyWorkerOptions() {
    return WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();
  }

  @Override
  public void close() {
    service.shutdown();
    if (embedded != null) {
      embedded.close();
    }
  }

  /**
   * Runs a worker until the process is killed, against {@code TEMPORAL_ADDRESS} (default {@value
   * #DEFAULT_ADDRESS}), with OpenAI; without {@code OPENAI_API_KEY} it exits, as only the launcher
   * has the samples' offline scripts.
   */
  public static void runWorker(String taskQueue, Consumer<Worker> registration) {
    String key = System.getenv("OPENAI_API_KEY");
    if (key == null || key.isBlank()) {
      System.err.println(
          "A standalone worker talks to OpenAI: set OPENAI_API_KEY. For an offline run of a"
              + " sample, use the launcher (see examples/README.md).");
      System.exit(2);
    }
    runWorker(taskQueue, registration, Models.openAI(System.getenv()));
  }

  /**
   * Runs a worker until the process is killed, against {@code TEMPORAL_ADDRESS} (default {@value
   * #DEFAULT_ADDRESS}), with OpenAI when {@code OPENAI_API_KEY} is set, else with {@code
   * offlineModel}.
   */
  public static void runWorker(
      String taskQueue, Consumer<Worker> registration, Model offlineModel) {
    runWorker(taskQueue, registration, Models.fromEnvironment(offlineModel, System.getenv()));
  }

  /**
   * Runs a worker until the process is killed, against {@code TEMPORAL_ADDRESS} (default {@value
   * #DEFAULT_ADDRESS}), with the model provider of {@code model}.
   */
  public static void runWorker(
      String taskQueue, Consumer<Worker> registration, Models.Choice model) {
    System.out.println(model.description());
    String address = System.getenv().getOrDefault("TEMPORAL_ADDRESS", DEFAULT_ADDRESS);
    WorkflowServiceStubs service = connectTo(address);
    WorkflowClient client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setPlugins(Models.plugin(model)).build());
    WorkerFactory factory = WorkerFactory.newInstance(client);
    Worker worker = factory.newWorker(taskQueue, nonStickyWorkerOptions());
    registration.accept(worker);
    factory.start();
    System.out.println("Worker polling " + taskQueue + " at " + address + "; Ctrl-C to stop.");
  }
}
