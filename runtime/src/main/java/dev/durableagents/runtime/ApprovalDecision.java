package dev.durableagents.runtime;

/**
 * A person's decision on a {@link PendingApproval}: the argument of the {@value
 * Approvals#UPDATE_NAME} update. A rejected call does not run; the model gets the reason as the
 * tool's output.
 *
 * @param id the {@link PendingApproval#id() id} of the pending approval decided
 * @param approved whether the call may run
 * @param reason why, for the model when rejected; or {@code null}
 */
public record ApprovalDecision(String id, boolean approved, String reason) {

  /** Lets the call waiting as {@code id} run. */
  public static ApprovalDecision approve(String id) {
    return new ApprovalDecision(id, true, null);
  }

  /** Refuses the call waiting as {@code id}; the model is told {@code reason}. */
  public static ApprovalDecision reject(String id, String reason) {
    return new ApprovalDecision(id, false, reason);
  }
}
