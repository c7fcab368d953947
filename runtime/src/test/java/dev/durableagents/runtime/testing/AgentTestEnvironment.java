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

/** A time-skipping test environment whose client carries a {@link DurableAgentsPlugin}. */
public final class AgentTestEnvironment implements AutoCloseable {

  public static final String TASK_QUEUE = "agents-test";

  private final TestWorkflowEnvironment env;
  private final Worker worker;

  private AgentTestEnvironment(DurableAgentsPlugin plugin, int workflowCacheSize) {
    this.env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(workflowCacheSize).build())
                .build());
    this.worker = env.newWorker(TASK_QUEUE);
  }

  /** An environment with the plugin's model provider set to {@code provider}. */
  public static AgentTestEnvironment create(ModelProvider provider) {
    return create(DurableAgentsPlugin.newBuilder().setModelProvider(provider).build(), 600);
  }

  /** An environment with this plugin and workflow cache size (0 replays every task). */
  public static AgentTestEnvironment create(DurableAgentsPlugin plugin, int workflowCacheSize) {
    return new AgentTestEnvironment(plugin, workflowCacheSize);
  }

  public Worker worker() {
    return worker;
  }

  public TestWorkflowEnvironment env() {
    return env;
  }

  public WorkflowClient client() {
    return env.getWorkflowClient();
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
            WorkflowOptions.newBuilder().setTaskQueue(TASK_QUEUE).setWorkflowId(workflowId).build());
  }

  @Override
  public void close() {
    env.close();
  }
}
