package dev.durableagents.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call waits for a person's decision, and what is decided when nobody answers in time.
 * The wait is a durable Temporal timer: it lasts across worker restarts, for days if need be, and
 * costs no activity.
 *
 * <pre>{@code
 * RunConfig.newBuilder()
 *     .setApprovalPolicy(ApprovalPolicy.forTools("refund"))
 *     .setApprovalTimeout(
 *         ApprovalTimeout.rejectAfter(Duration.ofDays(3), "nobody approved it in time"))
 *     .build();
 * }</pre>
 *
 * @param after how long a call waits
 * @param approve the decision when the time is up
 * @param reason the reason given to the model when the time is up, or {@code null}
 */
public record ApprovalTimeout(Duration after, boolean approve, String reason) {

  /**
   * @throws IllegalArgumentException if {@code after} is not positive
   */
  public ApprovalTimeout {
    Objects.requireNonNull(after, "after");
    if (after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("An approval timeout must be positive, was " + after);
    }
  }

  /** Calls not decided within {@code after} are rejected, and the model is told {@code reason}. */
  public static ApprovalTimeout rejectAfter(Duration after, String reason) {
    return new ApprovalTimeout(after, false, reason);
  }

  /** Calls not decided within {@code after} run. */
  public static ApprovalTimeout approveAfter(Duration after) {
    return new ApprovalTimeout(after, true, null);
  }
}
