package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.human_in_the_loop.HumanInTheLoop;
import dev.durableagents.examples.human_in_the_loop.HumanInTheLoopWorker;
import dev.durableagents.examples.human_in_the_loop.RefundAgentWorkflow;
import dev.durableagents.examples.support.Temporal;
import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.TestModelProvider;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Approvals on the real server (issue 15): a run waits for a person while the worker that started
 * it goes away; a new worker answers the query from the history and runs the approved call.
 */
class ApprovalAcrossWorkersIT {

  @Test
  void aRunWaitingForApprovalOutlivesItsWorker() throws Exception {
    String address = RealServer.address();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(new HumanInTheLoop().offlineModel(List.of())))
            .build();
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build());
    String queue = "it-approvals-" + RealServer.id("queue");
    String id = RealServer.id("approvals");
    WorkerFactory first = WorkerFactory.newInstance(client);
    HumanInTheLoopWorker.register(first.newWorker(queue, Temporal.nonStickyWorkerOptions()));
    first.start();
    WorkerFactory next = null;
    try {
      RefundAgentWorkflow workflow =
          client.newWorkflowStub(
              RefundAgentWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
      WorkflowClient.start(workflow::ask, "Please refund orders A-1001 and A-1002");
      Approvals approvals = Approvals.of(workflow);
      List<PendingApproval> pending = approvals.awaitPending(Duration.ofSeconds(60));
      assertEquals(2, pending.size(), pending.toString());

      first.shutdownNow(); // the worker goes away while both refunds wait
      first.awaitTermination(10, TimeUnit.SECONDS);
      next = WorkerFactory.newInstance(client);
      HumanInTheLoopWorker.register(next.newWorker(queue, Temporal.nonStickyWorkerOptions()));
      next.start();

      // The new worker rebuilds the waiting calls from the history.
      assertEquals(pending, approvals.pending());
      approvals.approve(pending.get(0).id());
      approvals.reject(pending.get(1).id(), "too large");

      String answer =
          WorkflowStub.fromTyped(workflow).getResult(120, TimeUnit.SECONDS, String.class);
      assertEquals(
          "Refunded $40.00 for order A-1001 (refund R-A-1001). I could not refund order A-1002:"
              + " too large.",
          answer);
      WorkflowExecutionHistory history = client.fetchHistory(id);
      assertEquals(0, Histories.workflowTaskFailures(history));
      assertEquals(
          List.of(
              "InvokeModel",
              "OrderTools.lookUpOrder",
              "OrderTools.lookUpOrder",
              "InvokeModel",
              "OrderTools.refund",
              "InvokeModel"),
          history.getEvents().stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
              .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
              .toList());
    } finally {
      first.shutdownNow();
      if (next != null) {
        next.shutdownNow();
      }
      service.shutdownNow();
    }
  }
}
