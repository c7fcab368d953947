package dev.durableagents.bench;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;

/**
 * An in-process Temporal test server (real time, no time skipping), or a real Temporal server at an
 * address ({@link #onServer}), and one worker whose client carries the {@link DurableAgentsPlugin}
 * with the scripted model. The worker runs the generated agent workflows and tool activities, the
 * hand-written workflow and the chat workflow.
 */
public final class BenchEnvironment implements AutoCloseable {

  /** The task queue of every benchmark. */
  public static final String TASK_QUEUE = "bench";

  private final WorkflowClient client;
  private final Runnable closer;
  private final boolean local;

  /**
   * @param model the scripted model every model call goes to
   * @param local whether model calls run as local activities
   * @param slots activity and local activity execution slots of the worker
   * @param workflowCache the worker's workflow cache size and workflow thread count
   */
  public BenchEnvironment(ScriptedModel model, boolean local, int slots, int workflowCache) {
    this(model, local, slots, workflowCache, null);
  }

  /** The same, with traces and metrics through {@code openTelemetry} when it is not null. */
  public BenchEnvironment(
      ScriptedModel model,
      boolean local,
      int slots,
      int workflowCache,
      io.opentelemetry.api.OpenTelemetry openTelemetry) {
    this.local = local;
    DurableAgentsPlugin.Builder builder =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(model)
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder().setUseLocalActivity(local).build());
    if (openTelemetry != null) {
      builder.setOpenTelemetry(openTelemetry);
    }
    DurableAgentsPlugin plugin = builder.build();
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setUseTimeskipping(false)
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkflowCacheSize(workflowCache)
                        .setMaxWorkflowThreadCount(workflowCache)
                        .build())
                .build());
    register(env.newWorker(TASK_QUEUE, workerOptions(slots)));
    env.start();
    this.client = env.getWorkflowClient();
    this.closer = env::close;
  }

  private BenchEnvironment(WorkflowClient client, Runnable closer, boolean local) {
    this.client = client;
    this.closer = closer;
    this.local = local;
  }

  /**
   * A worker on the real Temporal server at {@code address} ({@code host:port}), its client
   * carrying {@code plugin}.
   */
  public static BenchEnvironment onServer(String address, DurableAgentsPlugin plugin) {
    return onServer(address, plugin, 200, 600);
  }

  /**
   * The same with {@code slots} activity execution slots and a workflow cache of {@code
   * workflowCache} runs (and as many workflow threads).
   */
  public static BenchEnvironment onServer(
      String address, DurableAgentsPlugin plugin, int slots, int workflowCache) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build());
    WorkerFactory factory =
        WorkerFactory.newInstance(
            client,
            WorkerFactoryOptions.newBuilder()
                .setWorkflowCacheSize(workflowCache)
                .setMaxWorkflowThreadCount(workflowCache)
                .build());
    register(factory.newWorker(TASK_QUEUE, workerOptions(slots)));
    factory.start();
    return new BenchEnvironment(
        client,
        () -> {
          factory.shutdown();
          factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
          service.shutdown();
        },
        plugin.getModelActivityOptions().isUseLocalActivity());
  }

  private static WorkerOptions workerOptions(int slots) {
    WorkerOptions.Builder options =
        WorkerOptions.newBuilder()
            .setMaxConcurrentActivityExecutionSize(slots)
            .setMaxConcurrentLocalActivityExecutionSize(slots);
    Integer pollers = Integer.getInteger("bench.pollers");
    if (pollers != null) {
      // Concurrent polls for workflow and activity tasks (the SDK's default: 5 each).
      options
          .setMaxConcurrentWorkflowTaskPollers(pollers)
          .setMaxConcurrentActivityTaskPollers(pollers);
    }
    if (Boolean.getBoolean("bench.virtualThreads")) {
      // Java 21+: activities (and local activities) on virtual threads, not a thread per slot.
      options
          .setUsingVirtualThreadsOnActivityWorker(true)
          .setUsingVirtualThreadsOnLocalActivityWorker(true);
    }
    return options.build();
  }

  private static void register(Worker worker) {
    AgentsModule.register(worker, new BenchToolsImpl());
    worker.registerWorkflowImplementationTypes(
        HandWrittenAgentWorkflowImpl.class, ChatWorkflowImpl.class);
  }

  /** An environment sized for one run at a time. */
  public static BenchEnvironment small(ScriptedModel model, boolean local) {
    return new BenchEnvironment(model, local, 200, 600);
  }

  /** Whether model calls run as local activities here. */
  public boolean local() {
    return local;
  }

  /** The client. */
  public WorkflowClient client() {
    return client;
  }

  /** Options for a workflow with this id on the benchmark task queue. */
  public static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder().setTaskQueue(TASK_QUEUE).setWorkflowId(workflowId).build();
  }

  @Override
  public void close() {
    closer.run();
  }
}
