package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.model.HostedToolCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpListTools;
import dev.durableagents.runtime.model.Reasoning;
import java.util.List;

/**
 * Classifies the output items that are neither messages nor function calls: reasoning, hosted tool
 * calls and hosted MCP items become typed {@link RunItem}s, so they show in {@code
 * RunResult.newItems()} and stay in the conversation the next model call receives.
 */
final class HostedToolItems {

  private HostedToolItems() {}

  /** Adds the run item of {@code item} to {@code newItems}; items of no known kind are skipped. */
  static void add(String agentName, Item item, List<RunItem> newItems) {
    if (item instanceof HostedToolCall call) {
      newItems.add(new RunItem.HostedToolCallItem(agentName, call));
    } else if (item instanceof Reasoning reasoning) {
      newItems.add(new RunItem.ReasoningItem(agentName, reasoning));
    } else if (item instanceof McpListTools tools) {
      newItems.add(new RunItem.McpListToolsItem(agentName, tools));
    } else if (item instanceof McpApprovalRequest request) {
      newItems.add(new RunItem.McpApprovalRequestItem(agentName, request));
    } else if (item instanceof McpApprovalResponse response) {
      newItems.add(new RunItem.McpApprovalResponseItem(agentName, response));
    }
  }
}
