package dev.durableagents.examples.support;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a sample on a time-skipping test server against a scripted model (its offline script, by
 * default), and keeps what tests assert on: the result, the history, the model's requests.
 */
public final class SampleRun {

  public final String result;
  public final WorkflowExecutionHistory history;
  public final List<ModelRequest> modelRequests;

  private SampleRun(String result, WorkflowExecutionHistory history, List<ModelRequest> requests) {
    this.result = result;
    this.history = history;
    this.modelRequests = requests;
  }

  /** Runs the sample on its offline script. */
  public static SampleRun offline(Sample sample, List<String> args) {
    TestModel model = sample.offlineModel(args);
    SampleRun run = with(sample, args, new TestModelProvider(model), 600, sample::register);
    return new SampleRun(run.result, run.history, model.requests());
  }

  /**
   * Runs the sample with this model provider and workflow cache size (0 replays the whole history
   * on every workflow task), registering its worker with {@code registration} (usually {@code
   * sample::register}; a test may register recording tool objects instead).
   */
  public static SampleRun with(
      Sample sample,
      List<String> args,
      ModelProvider provider,
      int workflowCacheSize,
      Consumer<Worker> registration) {
    DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(workflowCacheSize).build())
                .build())) {
      Worker worker = env.newWorker(sample.taskQueue());
      registration.accept(worker);
      env.start();
      String workflowId = sample.name().replace('/', '-');
      String result = sample.run(env.getWorkflowClient(), workflowId, args);
      WorkflowExecutionHistory history = env.getWorkflowClient().fetchHistory(workflowId);
      return new SampleRun(result, history, List.of());
    }
  }

  /** The activity types scheduled, in order. */
  public List<String> activities() {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .collect(Collectors.toList());
  }

  /** The JSON input of each scheduled activity, in order. */
  public List<String> activityInputs() {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(
            e ->
                e.getActivityTaskScheduledEventAttributes().getInput().getPayloadsList().stream()
                    .map(p -> p.getData().toString(StandardCharsets.UTF_8))
                    .collect(Collectors.joining(",")))
        .collect(Collectors.toList());
  }

  /**
   * The whole history as text, for searching: every event in protobuf text form (payload bytes
   * shown as escaped text) followed by the history's JSON.
   */
  public String historyText() {
    StringBuilder text = new StringBuilder();
    history.getEvents().forEach(e -> text.append(e).append('\n'));
    return text.append(history.toJson(false)).toString();
  }
}
