package dev.durableagents.examples.hosted_mcp;

/**
 * A tool call of a hosted MCP server that waits for a person's approval, as the {@code
 * getPendingApprovals} query shows it.
 *
 * @param requestId the approval request's id, which the decision names
 * @param serverLabel the MCP server's label
 * @param toolName the tool the model wants to call
 * @param arguments the call's arguments, JSON text
 */
public record PendingApproval(
    String requestId, String serverLabel, String toolName, String arguments) {}
