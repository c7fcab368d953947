package dev.durableagents.examples.hosted_mcp;

/**
 * A person's decision on a {@link PendingApproval}, the argument of the {@code decideApproval}
 * update.
 *
 * @param requestId the id of the approval request decided
 * @param approve whether the tool call may go ahead
 * @param reason why it was rejected, for the model; or {@code null}
 */
public record ApprovalDecision(String requestId, boolean approve, String reason) {

  /** Lets the call of request {@code requestId} go ahead. */
  public static ApprovalDecision approve(String requestId) {
    return new ApprovalDecision(requestId, true, null);
  }

  /** Refuses the call of request {@code requestId}, telling the model why. */
  public static ApprovalDecision reject(String requestId, String reason) {
    return new ApprovalDecision(requestId, false, reason);
  }
}
