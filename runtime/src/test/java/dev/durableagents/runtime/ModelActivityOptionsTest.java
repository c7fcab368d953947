package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.Durations;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.Scenarios;
import dev.durableagents.runtime.testing.Scenarios.Outcome;
import dev.durableagents.runtime.testing.Scenarios.ScenarioWorkflow;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.Priority;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ModelActivityOptions} setting is applied to the model activity: read back from the
 * workflow history, with the scripted model.
 */
class ModelActivityOptionsTest {

  static final AgentDefinition ASSISTANT =
      AgentDefinition.newBuilder("Weather Assistant").setModel("gpt-4o").build();

  static final FunctionToolDefinition ECHO =
      FunctionToolDefinition.newBuilder("echo")
          .setParametersSchema("{\"type\":\"object\",\"properties\":{}}")
          .setInvoker(call -> Workflow.newPromise("echoed"))
          .build();

  static {
    Scenarios.register("options", () -> Outcome.of(Runner.run(ASSISTANT, "Hi")));
    Scenarios.register(
        "options two calls",
        () -> Outcome.of(Runner.run(ASSISTANT.toBuilder().addTool(ECHO).build(), "Hi")));
  }

  private static AgentTestEnvironment start(ModelActivityOptions options, Model model) {
    AgentTestEnvironment env =
        AgentTestEnvironment.create(
            DurableAgentsPlugin.newBuilder()
                .setModelProvider(new TestModelProvider(model))
                .setModelActivityOptions(options)
                .build(),
            600);
    env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
    return env;
  }

  private static Outcome run(AgentTestEnvironment env, String scenario, String id) {
    return env.newWorkflow(ScenarioWorkflow.class, id).run(scenario);
  }

  private static ActivityTaskScheduledEventAttributes scheduled(WorkflowExecutionHistory history) {
    return Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .get(0)
        .getActivityTaskScheduledEventAttributes();
  }

  @Test
  void defaultsAreSixtySecondsTenSecondHeartbeatsOnTheWorkflowsQueueSummarizedByTheAgentsName() {
    try (AgentTestEnvironment env =
        start(
            ModelActivityOptions.getDefaultInstance(), TestModel.returning(TestModel.text("Hi")))) {
      env.start();
      run(env, "options", "defaults");

      WorkflowExecutionHistory history = Histories.of(env.client(), "defaults");
      ActivityTaskScheduledEventAttributes model = scheduled(history);
      assertEquals(AgentTestEnvironment.TASK_QUEUE, model.getTaskQueue().getName());
      assertEquals(Durations.fromSeconds(60), model.getStartToCloseTimeout());
      assertEquals(Durations.fromSeconds(10), model.getHeartbeatTimeout());
      assertEquals(List.of("\"Weather Assistant\""), Histories.scheduledSummaries(history));
    }
  }

  @Test
  void aZeroHeartbeatTimeoutTurnsHeartbeatsOffAndSurvivesToBuilder() {
    ModelActivityOptions off =
        ModelActivityOptions.newBuilder().setHeartbeatTimeout(Duration.ZERO).build();
    assertEquals(null, off.getHeartbeatTimeout());
    assertEquals(null, off.toBuilder().build().getHeartbeatTimeout());
    assertEquals(
        ModelActivityOptions.DEFAULT_HEARTBEAT_TIMEOUT,
        ModelActivityOptions.getDefaultInstance().toBuilder().build().getHeartbeatTimeout());
  }

  @Test
  void aFixedSummaryIsOnEveryModelActivity() {
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder().setSummary("My summary").build();
    TestModel model =
        TestModel.returning(TestModel.toolCall("echo", "{}"), TestModel.text("Done."));
    try (AgentTestEnvironment env = start(options, model)) {
      env.start();
      run(env, "options two calls", "fixed-summary");

      WorkflowExecutionHistory history = Histories.of(env.client(), "fixed-summary");
      assertEquals(List.of("InvokeModel", "InvokeModel"), Histories.scheduledActivities(history));
      assertEquals(
          List.of("\"My summary\"", "\"My summary\""), Histories.scheduledSummaries(history));
    }
  }

  @Test
  void aSummaryProviderSeesTheAgentAndTheRequest() {
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder()
            .setSummaryProvider(
                (agent, request) -> agent.name() + " with " + request.input().size() + " items")
            .build();
    TestModel model =
        TestModel.returning(TestModel.toolCall("echo", "{}"), TestModel.text("Done."));
    try (AgentTestEnvironment env = start(options, model)) {
      env.start();
      run(env, "options two calls", "summary-provider");

      assertEquals(
          List.of("\"Weather Assistant with 1 items\"", "\"Weather Assistant with 3 items\""),
          Histories.scheduledSummaries(Histories.of(env.client(), "summary-provider")));
    }
  }

  @Test
  void taskQueueTimeoutsRetryPolicyAndPriorityAreOnTheScheduledEvent() {
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder()
            .setTaskQueue("model-calls")
            .setScheduleToCloseTimeout(Duration.ofSeconds(50))
            .setScheduleToStartTimeout(Duration.ofSeconds(20))
            .setStartToCloseTimeout(Duration.ofSeconds(10))
            .setHeartbeatTimeout(Duration.ofSeconds(5))
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(2))
                    .setMaximumAttempts(4)
                    .setDoNotRetry("OpenAINonRetryableError")
                    .build())
            .setPriority(Priority.newBuilder().setPriorityKey(3).build())
            .build();
    try (AgentTestEnvironment env = start(options, TestModel.returning(TestModel.text("Hi")))) {
      env.newWorker("model-calls"); // a worker of the same client: the plugin registers the model
      env.start();
      assertEquals("Hi", run(env, "options", "all-options").finalOutput());

      ActivityTaskScheduledEventAttributes model =
          scheduled(Histories.of(env.client(), "all-options"));
      assertEquals("model-calls", model.getTaskQueue().getName());
      assertEquals(Durations.fromSeconds(50), model.getScheduleToCloseTimeout());
      assertEquals(Durations.fromSeconds(20), model.getScheduleToStartTimeout());
      assertEquals(Durations.fromSeconds(10), model.getStartToCloseTimeout());
      assertEquals(Durations.fromSeconds(5), model.getHeartbeatTimeout());
      assertEquals(4, model.getRetryPolicy().getMaximumAttempts());
      assertEquals(Durations.fromSeconds(2), model.getRetryPolicy().getInitialInterval());
      assertEquals(
          List.of("OpenAINonRetryableError"),
          model.getRetryPolicy().getNonRetryableErrorTypesList());
      assertEquals(3, model.getPriority().getPriorityKey());
    }
  }

  @Test
  void localActivityModeRecordsAMarkerInsteadOfAnActivity() {
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder()
            .setUseLocalActivity(true)
            .setStartToCloseTimeout(Duration.ofSeconds(5))
            .build();
    TestModel model = TestModel.returning(TestModel.text("Local hello"));
    try (AgentTestEnvironment env = start(options, model)) {
      env.start();
      assertEquals("Local hello", run(env, "options", "local").finalOutput());

      WorkflowExecutionHistory history = Histories.of(env.client(), "local");
      // One local activity marker: conversation references record no version marker.
      assertEquals(
          List.of("LocalActivity"),
          Histories.events(history, EventType.EVENT_TYPE_MARKER_RECORDED).stream()
              .map(e -> e.getMarkerRecordedEventAttributes().getMarkerName())
              .toList());
      assertEquals(List.of(), Histories.scheduledActivities(history));
      assertEquals(1, model.requests().size());
    }
  }

  /** A model that waits until released, and says when it was called. */
  static final class BlockingModel implements Model {
    final CountDownLatch called = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public dev.durableagents.runtime.model.ModelResponse getResponse(
        dev.durableagents.runtime.model.ModelRequest request) {
      called.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestModel.text("Released.");
    }
  }

  private static boolean cancelRequested(ActivityCancellationType type) throws Exception {
    BlockingModel model = new BlockingModel();
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder().setCancellationType(type).build();
    try (AgentTestEnvironment env = start(options, model)) {
      env.start();
      String id = "cancel-" + type;
      ScenarioWorkflow workflow = env.newWorkflow(ScenarioWorkflow.class, id);
      WorkflowClient.start(workflow::run, "options");
      assertTrue(model.called.await(10, TimeUnit.SECONDS), "the model was called");

      WorkflowStub stub = WorkflowStub.fromTyped(workflow);
      stub.cancel();
      assertThrows(WorkflowFailedException.class, () -> stub.getResult(Outcome.class));
      model.release.countDown();

      return !Histories.events(
              Histories.of(env.client(), id), EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED)
          .isEmpty();
    } finally {
      model.release.countDown();
    }
  }

  @Test
  void theCancellationTypeDecidesWhetherTheModelCallIsAskedToStop() throws Exception {
    assertTrue(cancelRequested(ActivityCancellationType.TRY_CANCEL));
    assertTrue(!cancelRequested(ActivityCancellationType.ABANDON));
  }

  // -------------------------------------------------------------------------------------------
  // Heartbeats: on a server that does not skip time.

  @ActivityInterface
  public interface Sleeper {
    @ActivityMethod(name = "Sleeper.sleep")
    String sleep(long millis);
  }

  public static class SleeperImpl implements Sleeper {
    @Override
    public String sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "slept";
    }
  }

  static final Duration HEARTBEAT = Duration.ofMillis(600);
  static final long SLOW_MILLIS = 2_000;

  static {
    Scenarios.register(
        "heartbeat control",
        () -> {
          // The same options on an activity that does not heartbeat: the server times it out.
          Workflow.newActivityStub(
                  Sleeper.class,
                  ActivityOptions.newBuilder()
                      .setStartToCloseTimeout(Duration.ofSeconds(10))
                      .setHeartbeatTimeout(HEARTBEAT)
                      .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                      .build())
              .sleep(SLOW_MILLIS);
          return null;
        });
  }

  @Test
  void aSlowModelHeartbeatsThroughAShorterHeartbeatTimeout() {
    Model slow =
        request -> {
          new SleeperImpl().sleep(SLOW_MILLIS);
          return TestModel.text("Worth the wait.");
        };
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(10))
            .setHeartbeatTimeout(HEARTBEAT)
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();
    try (AgentTestEnvironment env =
        AgentTestEnvironment.createRealTime(
            DurableAgentsPlugin.newBuilder()
                .setModelProvider(new TestModelProvider(slow))
                .setModelActivityOptions(options)
                .build())) {
      env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new SleeperImpl());
      env.start();

      assertEquals("Worth the wait.", run(env, "options", "heartbeat").finalOutput());
      WorkflowExecutionHistory history = Histories.of(env.client(), "heartbeat");
      assertEquals(List.of(1), Histories.startedAttempts(history));
      assertEquals(
          Durations.fromMillis(HEARTBEAT.toMillis()), scheduled(history).getHeartbeatTimeout());

      WorkflowFailedException control =
          assertThrows(
              WorkflowFailedException.class, () -> run(env, "heartbeat control", "no-heartbeat"));
      ActivityFailure activity = assertInstanceOf(ActivityFailure.class, control.getCause());
      TimeoutFailure timeout = assertInstanceOf(TimeoutFailure.class, activity.getCause());
      assertEquals(TimeoutType.TIMEOUT_TYPE_HEARTBEAT, timeout.getTimeoutType());
    }
  }
}
