package dev.durableagents.runtime;

/**
 * An {@link McpApprovalCallback}'s answer to an approval request.
 *
 * @param approved whether the tool call may go ahead
 * @param reason why, for the model, or {@code null}
 */
public record McpApprovalDecision(boolean approved, String reason) {

  /** Let the call go ahead. */
  public static McpApprovalDecision approve() {
    return new McpApprovalDecision(true, null);
  }

  /** Refuse the call, telling the model why. */
  public static McpApprovalDecision reject(String reason) {
    return new McpApprovalDecision(false, reason);
  }
}
