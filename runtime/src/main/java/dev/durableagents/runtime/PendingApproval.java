package dev.durableagents.runtime;

import java.time.Instant;

/**
 * A tool call that waits for a person's decision, as the {@value Approvals#QUERY_NAME} query lists
 * it.
 *
 * @param id what a decision names: the model's call id, made unique within the workflow (a suffix
 *     {@code #2}, {@code #3}, ... when a call id comes back)
 * @param callId the model's id of the call
 * @param toolName the tool the model wants to call
 * @param arguments the call's arguments, JSON text
 * @param agentName the agent whose model made the call
 * @param requestedAt when the call started waiting, in workflow time
 * @param decideBy when the call's timeout decides it by default, or {@code null} without a timeout
 */
public record PendingApproval(
    String id,
    String callId,
    String toolName,
    String arguments,
    String agentName,
    Instant requestedAt,
    Instant decideBy) {}
