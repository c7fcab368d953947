package dev.durableagents.runtime.testing;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;

/**
 * Temporal's in-process test server with a client that carries a {@link DurableAgentsPlugin}, and
 * one worker on {@link #TASK_QUEUE}: time-skipping by default, real time with {@link
 * #createRealTime} (for heartbeats and measured delays).
 *
 * <pre>{@code
 * TestModel model = TestModel.returning(
 *     TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
 *     TestModel.text("It is sunny in Tokyo."));
 * try (AgentTestEnvironment env = AgentTestEnvironment.create(new TestModelProvider(model))) {
 *   AgentsModule.register(env.worker(), new WeatherToolsImpl());
 *   env.start();
 *   String answer = env.newWorkflow(WeatherAgentWorkflow.class, "weather-1").ask("Tokyo?");
 *   env.history("weather-1")
 *       .assertActivities("InvokeModel", "WeatherTools.getWeather", "InvokeModel");
 * }
 * }</pre>
 *
 * <p>For JUnit 5 tests, {@link DurableAgentsExtension} creates and closes one per test.
 */
public final class AgentTestEnvironment implements AutoCloseable {

  /** The task queue of {@link #worker()} and of the stubs {@link #newWorkflow} makes. */
  public static final String TASK_QUEUE = "agents-test";

  private final TestWorkflowEnvironment env;
  private final Worker worker;

  private AgentTestEnvironment(
      DurableAgentsPlugin plugin, int workflowCacheSize, boolean useTimeskipping) {
    this.env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setUseTimeskipping(useTimeskipping)
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkflowCacheSize(workflowCacheSize)
                        .build())
                .build());
    this.worker = env.newWorker(TASK_QUEUE);
  }

  /** An environment with the plugin's model provider set to {@code provider}. */
  public static AgentTestEnvironment create(ModelProvider provider) {
    return create(DurableAgentsPlugin.newBuilder().setModelProvider(provider).build(), 600);
  }

  /** An environment with this plugin and workflow cache size (0 replays every task). */
  public static AgentTestEnvironment create(DurableAgentsPlugin plugin, int workflowCacheSize) {
    return new AgentTestEnvironment(plugin, workflowCacheSize, true);
  }

  /**
   * An environment with this plugin whose server does not skip time: timeouts, heartbeats and retry
   * delays take as long as they say.
   */
  public static AgentTestEnvironment createRealTime(DurableAgentsPlugin plugin) {
    return new AgentTestEnvironment(plugin, 600, false);
  }

  /**
   * An environment whose server does not skip time, with this workflow cache size (0: no sticky
   * queues, so another worker can take over the workflow at once when this one stops).
   */
  public static AgentTestEnvironment createRealTime(
      DurableAgentsPlugin plugin, int workflowCacheSize) {
    return new AgentTestEnvironment(plugin, workflowCacheSize, false);
  }

  /** The worker on {@link #TASK_QUEUE}; register agents and tools on it before {@link #start}. */
  public Worker worker() {
    return worker;
  }

  /** Temporal's test environment underneath (time skipping, sleeps, more workers). */
  public TestWorkflowEnvironment env() {
    return env;
  }

  /** The client, which carries the plugin. */
  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  /** A worker on another task queue of the same client, so it has the plugin too. */
  public Worker newWorker(String taskQueue) {
    return env.newWorker(taskQueue);
  }

  /** Starts the workers. */
  public void start() {
    env.start();
  }

  /** A stub of workflow interface {@code type} with this id, on the test task queue. */
  public <T> T newWorkflow(Class<T> type, String workflowId) {
    return client()
        .newWorkflowStub(
            type,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TASK_QUEUE)
                .setWorkflowId(workflowId)
                .build());
  }

  /** The history of the workflow with this id, for assertions. */
  public AgentHistory history(String workflowId) {
    return AgentHistory.of(client(), workflowId);
  }

  /** Stops the workers and the test server. */
  @Override
  public void close() {
    env.close();
  }
}
