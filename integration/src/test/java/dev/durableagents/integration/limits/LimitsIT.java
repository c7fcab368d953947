package dev.durableagents.integration.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.integration.RealServer;
import dev.durableagents.integration.TemporalDevServer;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.PayloadTooLarge;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TerminatedFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporal's real limits on the real server (RELIABILITY.md has the table): each ends in a clear
 * outcome, a run that goes on or a typed failure, never a workflow task that fails forever or an
 * activity retried until its timeouts for a reason no retry can fix. Each test also checks the run
 * ended within seconds.
 */
class LimitsIT {

  private static final int KB = 1024;
  private static final Duration QUICKLY = Duration.ofSeconds(30);

  private static final class Outcome {
    String result;
    Throwable failure;
    WorkflowExecutionHistory history;
    TestModel model;
  }

  private static Outcome run(
      String address,
      DurableAgentsPlugin.Builder plugin,
      TestModel model,
      Class<?> agent,
      String input) {
    Outcome outcome = new Outcome();
    outcome.model = model;
    try (RealServer server =
        RealServer.start(
            address,
            plugin.setModelProvider(new TestModelProvider(model)).build(),
            w -> AgentsModule.register(w, new BlobToolsImpl()))) {
      String id = RealServer.id("limits");
      WorkflowOptions options =
          WorkflowOptions.newBuilder().setTaskQueue(server.taskQueue()).setWorkflowId(id).build();
      WorkflowClient client = server.client();
      WorkflowStub stub;
      if (agent == LoopAgent.class) {
        LoopAgentWorkflow workflow = client.newWorkflowStub(LoopAgentWorkflow.class, options);
        WorkflowClient.start(workflow::ask, input);
        stub = WorkflowStub.fromTyped(workflow);
      } else {
        LimitsAgentWorkflow workflow = client.newWorkflowStub(LimitsAgentWorkflow.class, options);
        try {
          WorkflowClient.start(workflow::ask, input);
        } catch (WorkflowServiceException e) {
          outcome.failure = e;
          return outcome;
        }
        stub = WorkflowStub.fromTyped(workflow);
      }
      try {
        outcome.result = stub.getResult(QUICKLY.toSeconds(), TimeUnit.SECONDS, String.class);
      } catch (WorkflowFailedException e) {
        outcome.failure = e;
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("the run is stuck: no outcome in " + QUICKLY, e);
      }
      outcome.history = client.fetchHistory(id);
      return outcome;
    }
  }

  private static Outcome run(TestModel model, String input) {
    return run(
        RealServer.address(), DurableAgentsPlugin.newBuilder(), model, LimitsAgent.class, input);
  }

  private static ApplicationFailure applicationFailure(Throwable failure) {
    assertInstanceOf(WorkflowFailedException.class, failure);
    return assertInstanceOf(
        ApplicationFailure.class, failure.getCause(), () -> String.valueOf(failure.getCause()));
  }

  private static long count(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream().filter(e -> e.getEventType() == type).count();
  }

  private static String lastToolOutput(TestModel model) {
    List<Item> input = model.requests().get(model.requests().size() - 1).input();
    return ((FunctionCallOutput) input.get(input.size() - 1)).output();
  }

  /** 2-4 MB: the server itself would refuse it; the plugin refuses it first, and says so. */
  @Test
  void aToolResultOverTwoMegabytesGoesBackToTheModelAsAToolError() {
    Outcome o =
        run(
            TestModel.returning(
                TestModel.toolCall("blob", "{\"kilobytes\":3000}"),
                TestModel.text("I will ask for less.")),
            "q");

    assertEquals("I will ask for less.", o.result);
    String output = lastToolOutput(o.model);
    assertTrue(output.startsWith("Error: tool 'blob' failed: its result is too large"), output);
    assertTrue(output.contains("over the payload size limit of 2097152 bytes"), output);
    assertEquals(1, count(o.history, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
    HistoryEvent failed =
        o.history.getEvents().stream()
            .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
            .findFirst()
            .orElseThrow();
    assertEquals(
        PayloadTooLarge.TYPE,
        failed
            .getActivityTaskFailedEventAttributes()
            .getFailure()
            .getApplicationFailureInfo()
            .getType());
    assertTrue(
        failed
            .getActivityTaskFailedEventAttributes()
            .getFailure()
            .getApplicationFailureInfo()
            .getNonRetryable());
  }

  /**
   * Over 4 MB gRPC never delivers the completion: without the plugin's check it retries forever.
   */
  @Test
  void aToolResultOverGrpcsFourMegabytesIsAToolErrorNotAnEndlessRetry() {
    Outcome o =
        run(
            TestModel.returning(
                TestModel.toolCall("blob", "{\"kilobytes\":5000}"), TestModel.text("done")),
            "q");

    assertEquals("done", o.result);
    assertTrue(
        lastToolOutput(o.model).contains("5120031 bytes is over the payload size limit"),
        lastToolOutput(o.model));
  }

  @Test
  void aModelResponseOverTheLimitFailsTheRunWithPayloadTooLarge() {
    Outcome o = run(TestModel.returning(TestModel.text("y".repeat(3000 * KB))), "q");

    ApplicationFailure failure = applicationFailure(o.failure);
    assertEquals("PayloadTooLarge", failure.getType());
    assertTrue(
        failure
            .getOriginalMessage()
            .startsWith("The model's response to agent 'Limits' is too large"),
        failure.getOriginalMessage());
    assertTrue(failure.isNonRetryable());
    assertEquals(1, o.model.requests().size(), "the call is not retried");
  }

  @Test
  void aModelResponseOverGrpcsFourMegabytesFailsTheRunTooNotAnEndlessRetry() {
    Outcome o = run(TestModel.returning(TestModel.text("y".repeat(5000 * KB))), "q");

    assertEquals("PayloadTooLarge", applicationFailure(o.failure).getType());
    assertEquals(1, o.model.requests().size(), "the call is not retried");
  }

  @Test
  void aModelRequestOverTheLimitFailsTheRunWithPayloadTooLargeBeforeItIsScheduled() {
    // A 1.5 MB question, then a 1 MB tool result: with the whole conversation in every request
    // (the opt-out), the second request would carry 2.5 MB.
    Outcome o =
        run(
            RealServer.address(),
            DurableAgentsPlugin.newBuilder().setWholeConversationInHistory(true),
            TestModel.returning(
                TestModel.toolCall("blob", "{\"kilobytes\":1000}"), TestModel.text("done")),
            LimitsAgent.class,
            "v".repeat(1500 * KB));

    ApplicationFailure failure = applicationFailure(o.failure);
    assertEquals("PayloadTooLarge", failure.getType());
    assertTrue(
        failure
            .getOriginalMessage()
            .startsWith("The model request of agent 'Limits' is too large to schedule"),
        failure.getOriginalMessage());
    assertEquals(1, o.model.requests().size());
    assertEquals(2, count(o.history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED));
  }

  @Test
  void byDefaultTheSameConversationRunsForEachRequestCarriesOnlyWhatIsNew() {
    Outcome o =
        run(
            TestModel.returning(
                TestModel.toolCall("blob", "{\"kilobytes\":1000}"), TestModel.text("done")),
            "v".repeat(1500 * KB));

    assertEquals("done", o.result);
    assertEquals(1000 * KB, lastToolOutput(o.model).length(), "the model got the whole result");
  }

  @Test
  void largeToolArgumentsUnderTheLimitRunAndTheirResultReachesTheModel() {
    Outcome o =
        run(
            TestModel.returning(
                TestModel.toolCall("measure", "{\"text\":\"" + "z".repeat(1500 * KB) + "\"}"),
                TestModel.text("measured")),
            "q");

    assertEquals("measured", o.result);
    assertEquals(String.valueOf(1500 * KB), lastToolOutput(o.model));
  }

  /**
   * Tool arguments travel in the model's response first, so arguments over the limit make a
   * response over the limit: the run fails with the response's {@code PayloadTooLarge}.
   */
  @Test
  void toolArgumentsOverTheLimitFailTheRunAsAModelResponseTooLarge() {
    Outcome o =
        run(
            TestModel.returning(
                TestModel.toolCall("measure", "{\"text\":\"" + "z".repeat(2500 * KB) + "\"}"),
                TestModel.text("unreachable")),
            "q");

    ApplicationFailure failure = applicationFailure(o.failure);
    assertEquals("PayloadTooLarge", failure.getType());
    assertTrue(
        failure.getOriginalMessage().startsWith("The model's response to agent 'Limits'"),
        failure.getOriginalMessage());
    assertEquals(0, count(o.history, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void aWorkflowInputOverTheLimitFailsTheStartAtTheClient() {
    Outcome o = run(TestModel.returning(TestModel.text("done")), "w".repeat(3000 * KB));

    WorkflowServiceException e = assertInstanceOf(WorkflowServiceException.class, o.failure);
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, e.getCause());
    assertEquals("PayloadTooLarge", cause.getType());
    assertEquals(0, o.model.requests().size());
  }

  /** A model that calls the measure tool forever. */
  private static TestModel forever(int kilobytes) {
    String text = "h".repeat(kilobytes * KB);
    Function<
            dev.durableagents.runtime.model.ModelRequest,
            dev.durableagents.runtime.model.ModelResponse>
        responder = request -> TestModel.toolCall("measure", "{\"text\":\"" + text + "\"}");
    return TestModel.answering(responder);
  }

  private static TemporalDevServer serverWithSmallLimits(Path dir) {
    assumeTrue(
        TemporalDevServer.findCliOrNull() != null,
        "no Temporal CLI (TEMPORAL_CLI): this test starts a dev server with small limits");
    return TemporalDevServer.start(
        dir.resolve("limits.db"),
        "limit.historyCount.error=400",
        "limit.historyCount.warn=200",
        "limit.historyCount.suggestContinueAsNew=100",
        "limit.historySize.error=2000000",
        "limit.historySize.warn=1000000",
        "limit.historySize.suggestContinueAsNew=500000");
  }

  @Test
  void aRunStopsWithHistoryLimitReachedBeforeTheServersEventLimit(@TempDir Path dir) {
    try (TemporalDevServer server = serverWithSmallLimits(dir)) {
      Outcome o =
          run(
              server.address(),
              DurableAgentsPlugin.newBuilder().setHistoryLimits(300, 40_000_000),
              forever(0),
              LoopAgent.class,
              "q");

      ApplicationFailure failure = applicationFailure(o.failure);
      assertEquals("HistoryLimitReached", failure.getType());
      assertTrue(o.history.getEvents().size() < 400, "stopped before the server's limit");
    }
  }

  @Test
  void aRunStopsWithHistoryLimitReachedBeforeTheServersSizeLimit(@TempDir Path dir) {
    try (TemporalDevServer server = serverWithSmallLimits(dir)) {
      Outcome o =
          run(
              server.address(),
              DurableAgentsPlugin.newBuilder().setHistoryLimits(100_000, 1_500_000),
              forever(100),
              LoopAgent.class,
              "q");

      ApplicationFailure failure = applicationFailure(o.failure);
      assertEquals("HistoryLimitReached", failure.getType());
      assertTrue(failure.getOriginalMessage().contains("bytes"), failure.getOriginalMessage());
    }
  }

  @Test
  void withoutTheGuardTheServerTerminatesTheWorkflowAtItsLimitNeverStuck(@TempDir Path dir) {
    try (TemporalDevServer server = serverWithSmallLimits(dir)) {
      Outcome o =
          run(server.address(), DurableAgentsPlugin.newBuilder(), forever(0), LoopAgent.class, "q");

      assertInstanceOf(WorkflowFailedException.class, o.failure);
      assertInstanceOf(TerminatedFailure.class, o.failure.getCause());
      assertEquals(
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
          o.history.getLastEvent().getEventType());
      // The server lets the workflow task that crosses its limit complete, then terminates.
      assertTrue(
          o.history.getEvents().size() <= 410,
          () -> "terminated at the server's limit: " + o.history.getEvents().size() + " events");
    }
  }
}
