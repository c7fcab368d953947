package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The answer to an {@link McpApprovalRequest}, sent to the model with the next call.
 *
 * @param approvalRequestId the id of the request this answers
 * @param approve whether the tool call may go ahead
 * @param reason why, or {@code null}
 * @param id the item id, or {@code null} (the run's own responses have none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record McpApprovalResponse(
    String approvalRequestId, boolean approve, String reason, String id) implements Item {

  public McpApprovalResponse {
    Objects.requireNonNull(approvalRequestId, "approvalRequestId");
  }
}
