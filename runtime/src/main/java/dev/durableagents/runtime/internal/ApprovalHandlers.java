package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ApprovalDecision;
import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.PendingApproval;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import java.util.List;

/**
 * The query and update of tool approvals, registered inside every workflow that runs an agent (see
 * {@link ApprovalGate}); {@link Approvals} calls them from a client.
 */
public interface ApprovalHandlers {

  /** The tool calls waiting for a decision, oldest first. */
  @QueryMethod(name = Approvals.QUERY_NAME)
  List<PendingApproval> pendingApprovals();

  /** Records a person's decision; the waiting call runs, or goes back to the model as rejected. */
  @UpdateMethod(name = Approvals.UPDATE_NAME)
  void decideApproval(ApprovalDecision decision);

  /** Refuses a decision on an id that is not waiting: unknown, or already decided. */
  @UpdateValidatorMethod(updateName = Approvals.UPDATE_NAME)
  void validateDecideApproval(ApprovalDecision decision);
}
