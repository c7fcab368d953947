package dev.durableagents.integration.streaming;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.openai.OpenAIProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;

/**
 * A worker JVM of {@link StreamingCrashIT}: it runs {@link StreamedWeatherWorkflowImpl} and its
 * model activities, the model behind the test JVM's OpenAI stub, until it is killed. Args: {@code
 * <address> <task queue> <stub base URL>}; prints {@code ready} once polling.
 */
public final class StreamingWorkerProcess {

  private StreamingWorkerProcess() {}

  /**
   * The plugin of every process of the test: a 1 s heartbeat timeout on the model activity, so the
   * server notices a dead worker within a second and the subscriber reads deltas every 0.8 s.
   */
  static DurableAgentsPlugin plugin(String stubBaseUrl) {
    return DurableAgentsPlugin.newBuilder()
        .setModelProvider(
            OpenAIProvider.newBuilder().setApiKey("sk-it").setBaseUrl(stubBaseUrl).build())
        .setModelActivityOptions(
            ModelActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(60))
                .setHeartbeatTimeout(Duration.ofSeconds(1))
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(500))
                        .setMaximumAttempts(3)
                        .build())
                .build())
        .build();
  }

  public static void main(String[] args) throws InterruptedException {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(args[0]).build());
    WorkerFactory factory =
        WorkerFactory.newInstance(
            WorkflowClient.newInstance(
                service, WorkflowClientOptions.newBuilder().setPlugins(plugin(args[2])).build()));
    factory
        .newWorker(args[1])
        .registerWorkflowImplementationTypes(StreamedWeatherWorkflowImpl.class);
    factory.start();
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
