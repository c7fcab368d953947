package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowServiceException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Temporal's limits, met with small limits on the test server (the integration suite meets the real
 * ones on the real server): a payload over the plugin's size limit and a history over its history
 * limits each end in a clear outcome, never in retries that cannot help.
 */
class LimitsTest {

  @ActivityInterface
  public interface Blobs {
    @ActivityMethod(name = "Blobs.grow")
    String grow(int times);
  }

  public static final class BlobsImpl implements Blobs {
    @Override
    public String grow(int times) {
      return "x".repeat(times);
    }
  }

  static final FunctionToolDefinition GROW =
      FunctionToolDefinition.newBuilder("grow")
          .setDescription("A text of the given length")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{\"times\":{\"type\":\"integer\"}},"
                  + "\"required\":[\"times\"],\"additionalProperties\":false}")
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(
                          ActivityOptions.newBuilder()
                              .setStartToCloseTimeout(Duration.ofSeconds(10))
                              .build())
                      .executeAsync(
                          "Blobs.grow", String.class, call.arguments().get("times", Integer.class)))
          .build();

  @WorkflowInterface
  public interface LimitsWorkflow {
    @WorkflowMethod
    String run(String input);
  }

  public static final class LimitsWorkflowImpl implements LimitsWorkflow {
    static final AgentDefinition AGENT =
        AgentDefinition.newBuilder("Grower").addTool(GROW).setMaxTurns(10_000).build();

    @Override
    public String run(String input) {
      return Runner.<String>run(AGENT, input).finalOutput();
    }
  }

  private record Run(String result, RuntimeException failure, WorkflowExecutionHistory history) {}

  private static Run run(DurableAgentsPlugin.Builder plugin, TestModel model, String input) {
    try (AgentTestEnvironment env =
        AgentTestEnvironment.create(
            plugin.setModelProvider(new TestModelProvider(model)).build(), 600)) {
      env.worker().registerWorkflowImplementationTypes(LimitsWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new BlobsImpl());
      env.start();
      LimitsWorkflow workflow = env.newWorkflow(LimitsWorkflow.class, "limits");
      try {
        return new Run(workflow.run(input), null, Histories.of(env.client(), "limits"));
      } catch (WorkflowFailedException e) {
        return new Run(null, e, Histories.of(env.client(), "limits"));
      } catch (WorkflowServiceException e) {
        return new Run(null, e, null);
      }
    }
  }

  private static DurableAgentsPlugin.Builder limit(long bytes) {
    return DurableAgentsPlugin.newBuilder().setPayloadSizeLimit(bytes);
  }

  private static ApplicationFailure cause(Run run) {
    assertInstanceOf(WorkflowFailedException.class, run.failure());
    return assertInstanceOf(ApplicationFailure.class, run.failure().getCause());
  }

  private static String lastToolOutput(TestModel model) {
    List<Item> input = model.requests().get(model.requests().size() - 1).input();
    return ((FunctionCallOutput) input.get(input.size() - 1)).output();
  }

  @Test
  void aToolResultOverTheLimitIsAToolErrorAndTheActivityIsNotRetried() {
    TestModel model =
        TestModel.returning(TestModel.toolCall("grow", "{\"times\":20000}"), TestModel.text("ok"));
    Run run = run(limit(10_000), model, "q");

    assertEquals("ok", run.result());
    String output = lastToolOutput(model);
    assertTrue(
        output.startsWith("Error: tool 'grow' failed: its result is too large to record"), output);
    assertTrue(output.contains("over the payload size limit of 10000 bytes"), output);
    Failure failure =
        Histories.events(run.history(), EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
            .get(0)
            .getActivityTaskFailedEventAttributes()
            .getFailure();
    assertEquals(PayloadTooLarge.TYPE, failure.getApplicationFailureInfo().getType());
    assertTrue(failure.getApplicationFailureInfo().getNonRetryable());
    assertEquals(List.of(1, 1, 1), Histories.startedAttempts(run.history()));
  }

  @Test
  void aModelResponseOverTheLimitFailsTheRunWithPayloadTooLarge() {
    TestModel model = TestModel.returning(TestModel.text("y".repeat(20_000)));
    Run run = run(limit(10_000), model, "q");

    ApplicationFailure failure = cause(run);
    assertEquals("PayloadTooLarge", failure.getType());
    assertTrue(failure.isNonRetryable());
    assertTrue(
        failure.getOriginalMessage().startsWith("The model's response to agent 'Grower' is too"),
        failure.getOriginalMessage());
    assertEquals(1, model.requests().size());
  }

  @Test
  void aModelRequestOverTheLimitFailsTheRunBeforeItIsScheduled() {
    // The whole conversation in every request (the opt-out): the second one carries 12,000 bytes.
    TestModel model =
        TestModel.returning(TestModel.toolCall("grow", "{\"times\":6000}"), TestModel.text("ok"));
    Run run = run(limit(10_000).setWholeConversationInHistory(true), model, "v".repeat(6000));

    ApplicationFailure failure = cause(run);
    assertEquals("PayloadTooLarge", failure.getType());
    assertTrue(
        failure
            .getOriginalMessage()
            .startsWith("The model request of agent 'Grower' is too large to schedule"),
        failure.getOriginalMessage());
    assertEquals(
        List.of("InvokeModel", "Blobs.grow"), Histories.scheduledActivities(run.history()));
  }

  @Test
  void withConversationReferencesTheSameConversationStaysUnderTheLimit() {
    // By default the second request carries only what is new: the tool's 6,000 bytes.
    TestModel model =
        TestModel.returning(TestModel.toolCall("grow", "{\"times\":6000}"), TestModel.text("ok"));
    Run run = run(limit(10_000), model, "v".repeat(6000));

    assertEquals("ok", run.result());
    // The model still got the whole conversation: the question, the call and its output.
    List<Item> second = model.requests().get(1).input();
    assertEquals(3, second.size());
    assertEquals("x".repeat(6000), lastToolOutput(model));
  }

  @Test
  void aWorkflowInputOverTheLimitFailsTheStartAtTheClient() {
    TestModel model = TestModel.returning(TestModel.text("ok"));
    Run run = run(limit(10_000), model, "w".repeat(20_000));

    WorkflowServiceException e = assertInstanceOf(WorkflowServiceException.class, run.failure());
    assertEquals(
        "PayloadTooLarge", assertInstanceOf(ApplicationFailure.class, e.getCause()).getType());
    assertEquals(0, model.requests().size());
  }

  @Test
  void zeroTurnsTheSizeCheckOff() {
    TestModel model =
        TestModel.returning(TestModel.toolCall("grow", "{\"times\":20000}"), TestModel.text("ok"));
    Run run = run(limit(0), model, "q");

    assertEquals("ok", run.result());
    assertEquals("x".repeat(20_000), lastToolOutput(model));
  }

  @Test
  void aRunStopsWithHistoryLimitReachedBeforeItsNextModelCall() {
    TestModel model = TestModel.answering(request -> TestModel.toolCall("grow", "{\"times\":1}"));
    Run run = run(DurableAgentsPlugin.newBuilder().setHistoryLimits(40, 10_000_000), model, "q");

    ApplicationFailure failure = cause(run);
    assertEquals("HistoryLimitReached", failure.getType());
    assertTrue(
        failure.getOriginalMessage().contains("at or over the limits of 40 events"),
        failure.getOriginalMessage());
    long events = failure.getDetails().get(0, Long.class);
    assertTrue(events >= 40 && events < 60, "stopped at " + events + " events");
  }

  @Test
  void historyLimitsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DurableAgentsPlugin.newBuilder().setHistoryLimits(0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> DurableAgentsPlugin.newBuilder().setPayloadSizeLimit(-1));
  }
}
