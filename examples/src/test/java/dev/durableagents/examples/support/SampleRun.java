package dev.durableagents.examples.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Runs a sample on a time-skipping test server against a scripted model (its offline script, by
 * default), and keeps what tests assert on: the result, the history, the model's requests.
 */
public final class SampleRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  public final String result;
  public final WorkflowExecutionHistory history;
  public final List<ModelRequest> modelRequests;

  private SampleRun(String result, WorkflowExecutionHistory history, List<ModelRequest> requests) {
    this.result = result;
    this.history = history;
    this.modelRequests = requests;
  }

  /** Runs the sample on its offline model. */
  public static SampleRun offline(Sample sample, List<String> args) {
    return withModel(sample, args, sample.offlineModel(args));
  }

  /** Runs the sample on {@code model}, keeping the requests it received. */
  public static SampleRun withModel(Sample sample, List<String> args, TestModel model) {
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
    return with(
        sample,
        args,
        DurableAgentsPlugin.newBuilder().setModelProvider(provider).build(),
        workflowCacheSize,
        registration);
  }

  /**
   * Runs the sample on its offline model with a plugin {@code plugin} completes (a sample's MCP
   * servers, say), keeping the requests the model received.
   */
  public static SampleRun withPlugin(
      Sample sample, List<String> args, UnaryOperator<DurableAgentsPlugin.Builder> plugin) {
    TestModel model = sample.offlineModel(args);
    SampleRun run =
        with(
            sample,
            args,
            plugin
                .apply(
                    DurableAgentsPlugin.newBuilder().setModelProvider(new TestModelProvider(model)))
                .build(),
            600,
            sample::register);
    return new SampleRun(run.result, run.history, model.requests());
  }

  private static SampleRun with(
      Sample sample,
      List<String> args,
      DurableAgentsPlugin plugin,
      int workflowCacheSize,
      Consumer<Worker> registration) {
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkflowCacheSize(workflowCacheSize)
                        .build())
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

  /** The agent of each model call, in the order the workflow scheduled them (read from history). */
  public List<String> modelCallAgents() {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .filter(a -> a.getActivityType().getName().equals("InvokeModel"))
        .map(a -> agentName(a.getInput().getPayloads(0).getData().toString(StandardCharsets.UTF_8)))
        .collect(Collectors.toList());
  }

  /**
   * For each scheduled activity, in order, the event id of the workflow task that scheduled it:
   * activities with the same id were started together, in parallel.
   */
  public List<Long> schedulingTasks() {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getWorkflowTaskCompletedEventId())
        .collect(Collectors.toList());
  }

  private static String agentName(String requestJson) {
    try {
      return JSON.readTree(requestJson).path("agentName").asText();
    } catch (Exception e) {
      throw new IllegalStateException("Not a model request: " + requestJson, e);
    }
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
