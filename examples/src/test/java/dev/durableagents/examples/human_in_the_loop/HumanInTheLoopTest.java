package dev.durableagents.examples.human_in_the_loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HumanInTheLoopTest {

  private static final String LOOK_UP = "OrderTools.lookUpOrder";
  private static final String REFUND = "OrderTools.refund";

  private TestWorkflowEnvironment env;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  /** A worker of the sample on a time-skipping test server, replaying every workflow task. */
  private WorkflowClient start(TestModel model) {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder().setModelProvider(new TestModelProvider(model)).build();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0).build())
                .build());
    Worker worker = env.newWorker(HumanInTheLoopWorker.TASK_QUEUE);
    HumanInTheLoopWorker.register(worker);
    env.start();
    return env.getWorkflowClient();
  }

  private static String output(ModelRequest request, String callId) {
    for (Item item : request.input()) {
      if (item instanceof FunctionCallOutput output && output.callId().equals(callId)) {
        return output.output();
      }
    }
    throw new AssertionError("no output of " + callId);
  }

  private static long events(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream().filter(e -> e.getEventType() == type).count();
  }

  @Test
  void theDemoApprovesTheSmallRefundAndRejectsTheLargeOneThroughUpdates() {
    SampleRun run = SampleRun.offline(new HumanInTheLoop(), List.of());
    RecordedHistories.recordIfAsked("human_in_the_loop-HumanInTheLoop", run);

    // The rejected refund never ran: one refund activity, for the approved call.
    assertEquals(
        List.of("InvokeModel", LOOK_UP, LOOK_UP, "InvokeModel", REFUND, "InvokeModel"),
        run.activities());
    assertTrue(run.activityInputs().get(4).contains("A-1001"), run.activityInputs().get(4));
    assertEquals(2, events(run.history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED));
    assertEquals(2, events(run.history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED));
    assertTrue(
        run.result.startsWith(
            "Approval needed (call_refund_1): Refund Agent wants to call refund with"
                + " {\"orderId\":\"A-1001\",\"amount\":40.0}\n"
                + "(no input: the demo approves refunds up to $100)\n"
                + "Approval needed (call_refund_2): Refund Agent wants to call refund with"
                + " {\"orderId\":\"A-1002\",\"amount\":900.0}\n"
                + "(no input: the demo rejects it: refunds above $100 need a manager's"
                + " sign-off)\n"),
        run.result);
    assertTrue(
        run.result.endsWith(
            "Refunded $40.00 for order A-1001 (refund R-A-1001). I could not refund order A-1002:"
                + " refunds above $100 need a manager's sign-off."),
        run.result);
  }

  @Test
  void aPersonRejectsBothOnTheTerminalAndTheModelIsToldWhy() {
    TestModel model = new HumanInTheLoop().offlineModel(List.of());
    WorkflowClient client = start(model);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Terminal terminal =
        Terminal.of(
            new ByteArrayInputStream("n\nn\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            false);

    String answer = new HumanInTheLoop().run(client, "refunds-rejected", List.of(), terminal);

    assertEquals(
        "I could not refund order A-1001: the reviewer rejected it. I could not refund order"
            + " A-1002: the reviewer rejected it.",
        answer);
    ModelRequest last = model.requests().get(2);
    assertEquals(
        "Error: the call of tool 'refund' was not approved: the reviewer rejected it",
        output(last, "call_refund_1"));
    assertEquals(
        List.of("InvokeModel", LOOK_UP, LOOK_UP, "InvokeModel", "InvokeModel"),
        activities(client.fetchHistory("refunds-rejected")));
  }

  @Test
  void theRunWaitsDaysForAPersonWithNoActivityAndGoesOnWhenApproved() {
    TestModel model = new HumanInTheLoop().offlineModel(List.of());
    WorkflowClient client = start(model);
    RefundAgentWorkflow workflow =
        new HumanInTheLoop().newWorkflow(client, RefundAgentWorkflow.class, "refunds-later");
    WorkflowClient.start(workflow::ask, HumanInTheLoop.DEFAULT_REQUEST);
    Approvals approvals = Approvals.of(workflow);
    List<PendingApproval> pending = approvals.awaitPending(Duration.ofSeconds(30));
    assertEquals(
        List.of("call_refund_1", "call_refund_2"),
        pending.stream().map(PendingApproval::id).toList());
    WorkflowExecutionHistory before = client.fetchHistory("refunds-later");

    // Four days pass on the time-skipping server; nobody answers.
    env.sleep(Duration.ofDays(4));

    WorkflowExecutionHistory after = client.fetchHistory("refunds-later");
    assertEquals(before.getEvents().size(), after.getEvents().size(), "no event while waiting");
    assertEquals(2, approvals.pending().size());
    approvals.approve("call_refund_1");
    approvals.approve("call_refund_2");

    String answer = WorkflowStub.fromTyped(workflow).getResult(String.class);
    assertEquals(
        "Refunded $40.00 for order A-1001 (refund R-A-1001). Refunded $900.00 for order A-1002"
            + " (refund R-A-1002).",
        answer);
    WorkflowExecutionHistory done = client.fetchHistory("refunds-later");
    assertEquals(
        List.of("InvokeModel", LOOK_UP, LOOK_UP, "InvokeModel", REFUND, REFUND, "InvokeModel"),
        activities(done));
    HistoryEvent firstRefund =
        done.getEvents().stream()
            .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .skip(4)
            .findFirst()
            .orElseThrow();
    long waitedSeconds =
        firstRefund.getEventTime().getSeconds()
            - done.getEvents().get(0).getEventTime().getSeconds();
    assertTrue(waitedSeconds >= Duration.ofDays(4).toSeconds(), "waited " + waitedSeconds + "s");
  }

  @Test
  void aRefundNobodyDecidesWithinAWeekIsRejectedByDefault() {
    TestModel model = new HumanInTheLoop().offlineModel(List.of());
    WorkflowClient client = start(model);
    RefundAgentWorkflow workflow =
        new HumanInTheLoop().newWorkflow(client, RefundAgentWorkflow.class, "refunds-forgotten");
    WorkflowClient.start(workflow::ask, HumanInTheLoop.DEFAULT_REQUEST);
    PendingApproval first = Approvals.of(workflow).awaitPending(Duration.ofSeconds(30)).get(0);
    assertEquals(Duration.ofDays(7), Duration.between(first.requestedAt(), first.decideBy()));

    // Time skipping: the server jumps the week while the client waits for the result.
    String answer = WorkflowStub.fromTyped(workflow).getResult(String.class);

    assertEquals(
        "I could not refund order A-1001: nobody decided within 7d. I could not refund order"
            + " A-1002: nobody decided within 7d.",
        answer);
    WorkflowExecutionHistory done = client.fetchHistory("refunds-forgotten");
    assertEquals(
        List.of("InvokeModel", LOOK_UP, LOOK_UP, "InvokeModel", "InvokeModel"), activities(done));
    assertEquals(2, events(done, EventType.EVENT_TYPE_TIMER_FIRED));
  }

  private static List<String> activities(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .toList();
  }
}
