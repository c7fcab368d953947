package dev.durableagents.runtime;

import dev.durableagents.runtime.model.McpApprovalRequest;

/**
 * Decides whether the provider may call a tool of a hosted MCP server, when the model asks (see
 * {@link dev.durableagents.runtime.model.HostedTool.Mcp#requireApproval()}). Give it with the tool:
 *
 * <pre>{@code
 * AgentDefinition agent = AgentDefinition.newBuilder("Docs")
 *     .addHostedTool(
 *         HostedTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp").withRequireApproval("always"),
 *         request -> request.name().startsWith("read_")
 *             ? McpApprovalDecision.approve()
 *             : McpApprovalDecision.reject("Only read tools are allowed"))
 *     .build();
 * }</pre>
 *
 * <p>The callback runs in workflow code, between two model calls, so it must be deterministic: it
 * may use {@code Workflow.*} APIs (an activity, a signal the workflow waits for with {@code
 * Workflow.await}, ...) but no I/O, clock or randomness of its own. It is part of the agent's
 * definition, never of the model activity's input.
 */
@FunctionalInterface
public interface McpApprovalCallback {

  /** The decision on {@code request}. */
  McpApprovalDecision onApprovalRequest(McpApprovalRequest request);
}
