package dev.durableagents.runtime;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowQueryException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The client side of tool approvals: lists the tool calls an agent workflow is waiting on, and
 * approves or rejects each. Works on every workflow that runs agents (generated or written by
 * hand): the runtime registers the handlers inside the workflow, so no workflow interface declares
 * them.
 *
 * <ul>
 *   <li>query {@value #QUERY_NAME}: no argument, returns the {@link PendingApproval}s, oldest
 *       first;
 *   <li>update {@value #UPDATE_NAME}: takes an {@link ApprovalDecision}, returns nothing; its
 *       validator refuses, before anything is written to history, a decision on an id that is not
 *       waiting (unknown, or already decided).
 * </ul>
 *
 * <pre>{@code
 * RefundAgentWorkflow workflow = client.newWorkflowStub(RefundAgentWorkflow.class, options);
 * WorkflowClient.start(workflow::ask, "Refund order 42, it arrived broken");
 * Approvals approvals = Approvals.of(workflow);
 * for (PendingApproval call : approvals.awaitPending(Duration.ofMinutes(1))) {
 *   if (call.toolName().equals("refund")) {
 *     approvals.approve(call.id());
 *   } else {
 *     approvals.reject(call.id(), "Only refunds are allowed today");
 *   }
 * }
 * }</pre>
 *
 * <p>From other languages or the CLI, use the names: {@code temporal workflow query --name
 * pendingToolApprovals} and {@code temporal workflow update execute --name decideToolApproval
 * --input '{"id":"call_1","approved":true,"reason":null}'}. The handlers are registered when the
 * workflow's first agent run starts; before that the query is unknown.
 */
public final class Approvals {

  /** The name of the query that lists the pending approvals. */
  public static final String QUERY_NAME = "pendingToolApprovals";

  /** The name of the update that decides one pending approval. */
  public static final String UPDATE_NAME = "decideToolApproval";

  private static final long POLL_MILLIS = 100;

  private final WorkflowStub stub;

  private Approvals(WorkflowStub stub) {
    this.stub = Objects.requireNonNull(stub, "stub");
  }

  /** The approvals of the workflow {@code stub} stands for. */
  public static Approvals of(WorkflowStub stub) {
    return new Approvals(stub);
  }

  /**
   * The approvals of the workflow a typed stub (from {@code WorkflowClient.newWorkflowStub(Class,
   * ...)}) stands for.
   */
  public static Approvals of(Object typedStub) {
    if (typedStub instanceof WorkflowStub stub) {
      return new Approvals(stub);
    }
    return new Approvals(WorkflowStub.fromTyped(typedStub));
  }

  /** The tool calls waiting for a decision, oldest first. */
  public List<PendingApproval> pending() {
    PendingApproval[] pending = stub.query(QUERY_NAME, PendingApproval[].class);
    return pending == null ? List.of() : Arrays.asList(pending);
  }

  /**
   * Waits, polling the query, until at least one call is waiting, and returns those that are; an
   * empty list when {@code timeout} passes first or the workflow ends. A query refused because the
   * workflow has not started its first agent run yet (no handler) counts as nothing waiting, until
   * the timeout.
   *
   * @throws WorkflowQueryException if the query still fails when {@code timeout} passes
   */
  public List<PendingApproval> awaitPending(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<PendingApproval> pending;
      try {
        pending = pending();
      } catch (WorkflowQueryException e) {
        if (System.nanoTime() - deadline >= 0) {
          throw e;
        }
        pending = List.of();
      }
      if (!pending.isEmpty() || System.nanoTime() - deadline >= 0 || isClosed()) {
        return pending;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
  }

  /**
   * Lets the call waiting as {@code id} run.
   *
   * @throws WorkflowUpdateException if no call waits as {@code id}
   */
  public void approve(String id) {
    decide(ApprovalDecision.approve(id));
  }

  /**
   * Refuses the call waiting as {@code id}; the model gets {@code reason} as the tool's output.
   *
   * @throws WorkflowUpdateException if no call waits as {@code id}
   */
  public void reject(String id, String reason) {
    decide(ApprovalDecision.reject(id, reason));
  }

  /**
   * Sends {@code decision}; returns once the workflow has recorded it.
   *
   * @throws WorkflowUpdateException if no call waits as the decision's id
   */
  public void decide(ApprovalDecision decision) {
    stub.update(UPDATE_NAME, Void.class, decision);
  }

  private boolean isClosed() {
    return stub.describe().getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }
}
