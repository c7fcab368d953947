package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.McpApprovalCallback;
import dev.durableagents.runtime.McpApprovalDecision;
import dev.durableagents.runtime.McpApprovalRequired;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import java.util.List;

/**
 * Answers the hosted MCP approval requests of a model response, in workflow code: each request goes
 * to the approval callback the agent's definition holds for its server, and the answer is an {@code
 * mcp_approval_response} item the next model call carries.
 */
final class McpApprovals {

  private McpApprovals() {}

  /**
   * Answers every approval request of {@code output}, in order, adding each answer to {@code
   * newItems} (for the result) and to {@code pending} (for the next call).
   *
   * @return whether there was a request, so the model must be called again
   * @throws McpApprovalRequired if the agent has no callback for a request's server
   */
  static boolean answer(
      AgentDefinition agent, List<Item> output, List<RunItem> newItems, List<Item> pending) {
    boolean answered = false;
    for (Item item : output) {
      if (!(item instanceof McpApprovalRequest request)) {
        continue;
      }
      McpApprovalCallback callback = agent.mcpApprovalCallback(request.serverLabel());
      if (callback == null) {
        throw new McpApprovalRequired(agent.name(), request.serverLabel(), request.name());
      }
      McpApprovalDecision decision = callback.onApprovalRequest(request);
      if (decision == null) {
        throw new IllegalStateException(
            "The approval callback of MCP server '" + request.serverLabel() + "' returned null");
      }
      McpApprovalResponse response =
          new McpApprovalResponse(request.id(), decision.approved(), decision.reason(), null);
      newItems.add(new RunItem.McpApprovalResponseItem(agent.name(), response));
      pending.add(response);
      answered = true;
    }
    return answered;
  }
}
