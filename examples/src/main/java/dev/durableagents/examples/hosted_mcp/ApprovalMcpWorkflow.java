package dev.durableagents.examples.hosted_mcp;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * The {@link ApprovalMCP} sample's workflow: an agent whose every call of a hosted MCP server's
 * tool waits for a person's decision. The pending requests are a query; each decision is an update.
 */
@WorkflowInterface
public interface ApprovalMcpWorkflow {

  /**
   * Answers {@code question} with the tools of the MCP server at {@code serverUrl}, each call
   * approved or rejected by a person.
   */
  @WorkflowMethod
  String run(String question, String serverUrl);

  /** The approval requests waiting for a decision, oldest first. */
  @QueryMethod
  List<PendingApproval> getPendingApprovals();

  /** Approves or rejects a pending request; the waiting run goes on with the decision. */
  @UpdateMethod
  void decideApproval(ApprovalDecision decision);

  /** Rejects, before it enters the history, a decision on a request that is not pending. */
  @UpdateValidatorMethod(updateName = "decideApproval")
  void validateDecideApproval(ApprovalDecision decision);
}
