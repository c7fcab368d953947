package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import dev.durableagents.runtime.telemetry.ReplaySafeIdGenerator;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.RecordedHistories;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tool calls that wait for a person: the run pauses with no activity, the query lists the call, the
 * update decides it, and the model gets the tool's output or the rejection.
 */
class ApprovalsTest {

  private AgentTestEnvironment env;
  private TestModel model;
  // Tracing for the next start, or null.
  private OpenTelemetrySdk tracing;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
    if (tracing != null) {
      tracing.close();
    }
  }

  /** Starts scenario {@code scenario}; the model answers with {@code script}. */
  private WorkflowStub start(String scenario, String input, ModelResponse... script) {
    model = TestModel.returning(script);
    DurableAgentsPlugin.Builder plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(10))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build());
    if (tracing != null) {
      plugin.setOpenTelemetry(tracing);
    }
    // Cache size 0: every workflow task replays from the start, as after a worker restart.
    env = AgentTestEnvironment.create(plugin.build(), 0);
    env.worker().registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new Scenarios.Lookups());
    env.start();
    ApprovalWorkflow workflow = env.newWorkflow(ApprovalWorkflow.class, "approval-" + scenario);
    WorkflowClient.start(workflow::run, scenario, input);
    return WorkflowStub.fromTyped(workflow);
  }

  private WorkflowExecutionHistory history(WorkflowStub stub) {
    return Histories.of(env.client(), stub.getExecution().getWorkflowId());
  }

  private static long count(WorkflowExecutionHistory history, EventType type) {
    return Histories.events(history, type).size();
  }

  private FunctionCallOutput outputSentToModel(int request, String callId) {
    for (Item item : model.requests().get(request).input()) {
      if (item instanceof FunctionCallOutput output && output.callId().equals(callId)) {
        return output;
      }
    }
    throw new AssertionError("no output of " + callId + " in request " + request);
  }

  @Test
  void aCallThatNeedsApprovalPausesTheRunWithNoActivityUntilAPersonApproves() {
    WorkflowStub stub =
        start("tool", "Find x", toolCall("lookup", "{\"query\":\"x\"}"), text("Found it"));
    Approvals approvals = Approvals.of(stub);

    List<PendingApproval> pending = approvals.awaitPending(Duration.ofSeconds(10));
    assertEquals(1, pending.size(), pending.toString());
    PendingApproval call = pending.get(0);
    assertEquals("call_lookup", call.id());
    assertEquals("call_lookup", call.callId());
    assertEquals("lookup", call.toolName());
    assertEquals("{\"query\":\"x\"}", call.arguments());
    assertEquals("Clerk", call.agentName());
    assertTrue(call.requestedAt() != null);
    assertNull(call.decideBy());

    // Paused: only the first model call was scheduled, and the tool was not.
    WorkflowExecutionHistory waiting = history(stub);
    assertEquals(List.of("InvokeModel"), Histories.scheduledActivities(waiting));
    assertEquals(0, count(waiting, EventType.EVENT_TYPE_TIMER_STARTED));

    approvals.approve(call.id());
    assertEquals("Found it", stub.getResult(String.class));

    WorkflowExecutionHistory done = history(stub);
    assertEquals(
        List.of("InvokeModel", "Lookup.find", "InvokeModel"), Histories.scheduledActivities(done));
    assertEquals(1, count(done, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED));
    assertEquals(1, count(done, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED));
    assertEquals("found x", outputSentToModel(1, "call_lookup").output());
    assertTrue(approvals.pending().isEmpty());
    replay("approved", done);
  }

  @Test
  void withTracingTheWaitIsASpanOfTheTurnWithItsDecision() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    tracing =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .setIdGenerator(ReplaySafeIdGenerator.create())
                    .build())
            .build();
    WorkflowStub stub =
        start("tool", "Find x", toolCall("lookup", "{\"query\":\"x\"}"), text("Found it"));
    Approvals approvals = Approvals.of(stub);
    approvals.approve(approvals.awaitPending(Duration.ofSeconds(10)).get(0).id());
    assertEquals("Found it", stub.getResult(String.class));

    List<SpanData> finished = spans.getFinishedSpanItems();
    List<SpanData> waits =
        finished.stream().filter(s -> s.getName().equals("await_approval lookup")).toList();
    assertEquals(1, waits.size(), "recorded once, though every task replays: " + finished);
    SpanData wait = waits.get(0);
    assertEquals("approved", wait.getAttributes().get(GenAiAttributes.APPROVAL_DECISION));
    assertEquals("call_lookup", wait.getAttributes().get(GenAiAttributes.TOOL_CALL_ID));
    SpanData parent =
        finished.stream()
            .filter(s -> s.getSpanId().equals(wait.getParentSpanId()))
            .findFirst()
            .orElseThrow();
    assertEquals("turn 1", parent.getName());
  }

  @Test
  void aRejectionReachesTheModelAsTheToolOutputWithTheReasonAndTheToolNeverRuns() {
    WorkflowStub stub =
        start(
            "tool",
            "Find x",
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("I may not look that up."));
    Approvals approvals = Approvals.of(stub);
    PendingApproval call = approvals.awaitPending(Duration.ofSeconds(10)).get(0);

    approvals.reject(call.id(), "lookups are closed today");

    assertEquals("I may not look that up.", stub.getResult(String.class));
    assertEquals(
        List.of("InvokeModel", "InvokeModel"), Histories.scheduledActivities(history(stub)));
    assertEquals(
        "Error: the call of tool 'lookup' was not approved: lookups are closed today",
        outputSentToModel(1, "call_lookup").output());
    replay("rejected", history(stub));
  }

  @Test
  void theValidatorRefusesUnknownAndAlreadyDecidedCallsWithoutWritingToHistory() {
    WorkflowStub stub =
        start("tool", "Find x", toolCall("lookup", "{\"query\":\"x\"}"), text("Found it"));
    Approvals approvals = Approvals.of(stub);
    PendingApproval call = approvals.awaitPending(Duration.ofSeconds(10)).get(0);

    WorkflowUpdateException unknown =
        assertThrows(WorkflowUpdateException.class, () -> approvals.approve("call_nope"));
    assertTrue(
        String.valueOf(unknown.getCause().getMessage())
            .contains("No tool call waits for approval as 'call_nope'"),
        String.valueOf(unknown.getCause()));
    assertEquals(1, approvals.pending().size());

    approvals.approve(call.id());
    WorkflowUpdateException twice =
        assertThrows(WorkflowUpdateException.class, () -> approvals.reject(call.id(), "late"));
    assertTrue(
        String.valueOf(twice.getCause().getMessage()).contains("was already decided"),
        String.valueOf(twice.getCause()));

    assertEquals("Found it", stub.getResult(String.class));
    // Refused updates never reach the history: one decision, accepted and completed.
    WorkflowExecutionHistory done = history(stub);
    assertEquals(1, count(done, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED));
    assertEquals(0, count(done, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_REJECTED));
  }

  @Test
  void aTimeoutOfDaysDecidesByDefaultWithOneTimerAndNoActivityWhileWaiting() {
    WorkflowStub stub =
        start(
            "timeoutRejects",
            "Find x",
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("Nobody approved the lookup."));
    PendingApproval call = Approvals.of(stub).awaitPending(Duration.ofSeconds(10)).get(0);
    assertEquals(Duration.ofDays(3), Duration.between(call.requestedAt(), call.decideBy()));

    // Time skipping: the server jumps the three days while the client waits for the result.
    assertEquals("Nobody approved the lookup.", stub.getResult(String.class));

    WorkflowExecutionHistory done = history(stub);
    assertEquals(List.of("InvokeModel", "InvokeModel"), Histories.scheduledActivities(done));
    assertEquals(1, count(done, EventType.EVENT_TYPE_TIMER_FIRED));
    assertEquals(
        "Error: the call of tool 'lookup' was not approved: nobody answered in 3 days",
        outputSentToModel(1, "call_lookup").output());
    // Nothing happened in the three days but the timer: the second model call comes after it.
    List<HistoryEvent> events = done.getEvents();
    Instant started = timeOf(events.get(0));
    Instant secondModelCall =
        timeOf(Histories.events(done, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).get(1));
    assertTrue(
        Duration.between(started, secondModelCall).compareTo(Duration.ofDays(3)) >= 0,
        started + " .. " + secondModelCall);
    replay("timeoutRejects", done);
  }

  @Test
  void aTimeoutMayApproveByDefault() {
    WorkflowStub stub =
        start(
            "timeoutApproves",
            "Find x",
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("Found it after two days"));

    assertEquals("Found it after two days", stub.getResult(String.class));
    assertEquals(
        List.of("InvokeModel", "Lookup.find", "InvokeModel"),
        Histories.scheduledActivities(history(stub)));
    assertEquals("found x", outputSentToModel(1, "call_lookup").output());
  }

  @Test
  void aPolicyDecidesCallByCallFromTheArguments() {
    WorkflowStub stub =
        start(
            "policy",
            "Find both",
            TestModel.response(
                new FunctionCall("call_1", "lookup", "{\"query\":\"public\"}", null),
                new FunctionCall("call_2", "lookup", "{\"query\":\"secret\"}", null)),
            text("Found both"));
    Approvals approvals = Approvals.of(stub);

    List<PendingApproval> pending = approvals.awaitPending(Duration.ofSeconds(10));
    assertEquals(List.of("call_2"), pending.stream().map(PendingApproval::id).toList());
    approvals.approve("call_2");

    assertEquals("Found both", stub.getResult(String.class));
    assertEquals(
        List.of("InvokeModel", "Lookup.find", "Lookup.find", "InvokeModel"),
        Histories.scheduledActivities(history(stub)));
    assertEquals("found public", outputSentToModel(1, "call_1").output());
    assertEquals("found secret", outputSentToModel(1, "call_2").output());
  }

  @Test
  void anAgentAsToolWaitsForApprovalBeforeItsNestedRun() {
    WorkflowStub stub =
        start(
            "agentAsTool",
            "Translate 'hello'",
            toolCall("translate", "{\"input\":\"hello\"}"),
            text("Hola"),
            text("In Spanish: Hola"));
    Approvals approvals = Approvals.of(stub);
    PendingApproval call = approvals.awaitPending(Duration.ofSeconds(10)).get(0);
    assertEquals("translate", call.toolName());
    assertEquals("Orchestrator", call.agentName());
    assertEquals(List.of("InvokeModel"), Histories.scheduledActivities(history(stub)));

    approvals.approve(call.id());

    assertEquals("In Spanish: Hola", stub.getResult(String.class));
    assertEquals(
        List.of("InvokeModel", "InvokeModel", "InvokeModel"),
        Histories.scheduledActivities(history(stub)));
    assertEquals("Hola", outputSentToModel(2, "call_translate").output());
  }

  @Test
  void aCallIdTheModelUsesAgainGetsAFreshApprovalId() {
    WorkflowStub stub =
        start(
            "tool",
            "Find x twice",
            toolCall("lookup", "{\"query\":\"x\"}"),
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("Found it twice"));
    Approvals approvals = Approvals.of(stub);
    approvals.approve(approvals.awaitPending(Duration.ofSeconds(10)).get(0).id());

    List<PendingApproval> second = List.of();
    for (int i = 0; i < 100 && second.isEmpty(); i++) {
      second =
          approvals.awaitPending(Duration.ofSeconds(10)).stream()
              .filter(p -> !p.id().equals("call_lookup"))
              .toList();
    }
    assertEquals("call_lookup#2", second.get(0).id());
    assertEquals("call_lookup", second.get(0).callId());
    approvals.approve("call_lookup#2");

    assertEquals("Found it twice", stub.getResult(String.class));
    replay("callIdAgain", history(stub));
  }

  /**
   * Replays {@code history} on a fresh worker (the waiting and the decisions are deterministic),
   * and records it under {@code name} for {@link #recordedHistoriesReplay} when {@code
   * -Dhistories.record=true}.
   */
  private static void replay(String name, WorkflowExecutionHistory history) {
    try {
      Path file;
      if (Boolean.getBoolean("histories.record")) {
        Files.createDirectories(Path.of(RECORDED));
        file = Path.of(RECORDED, name + ".json");
      } else {
        file = Files.createTempFile("approvals-", ".json");
        file.toFile().deleteOnExit();
      }
      Files.writeString(file, history.toJson(true), StandardCharsets.UTF_8);
      RecordedHistories.replay(file, ApprovalWorkflowImpl.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static final String RECORDED = "src/test/resources/histories/approvals";

  static Stream<Path> recorded() {
    return RecordedHistories.in(RECORDED);
  }

  /** Runs recorded before today's code: a paused-then-decided run replays without change. */
  @ParameterizedTest
  @MethodSource("recorded")
  void recordedHistoriesReplay(Path file) throws Exception {
    RecordedHistories.replay(file, ApprovalWorkflowImpl.class);
  }

  private static Instant timeOf(HistoryEvent event) {
    return Instant.ofEpochSecond(
        event.getEventTime().getSeconds(), event.getEventTime().getNanos());
  }
}
