package dev.durableagents.runtime;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.HostedToolCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpListTools;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.Reasoning;

/**
 * An item a run produced, attributed to the agent that produced it: see {@link
 * RunResult#newItems()}.
 */
public sealed interface RunItem {

  /** The name of the agent whose turn produced the item. */
  String agentName();

  /** The conversation item, as the next model call would receive it. */
  Item item();

  /** A message the model wrote. */
  record MessageOutputItem(String agentName, Message item) implements RunItem {
    /** The message's text. */
    public String text() {
      return item.text();
    }
  }

  /** A function tool call the model made. */
  record ToolCallItem(String agentName, FunctionCall item) implements RunItem {}

  /** The output of a function tool call, as sent back to the model. */
  record ToolCallOutputItem(String agentName, FunctionCallOutput item) implements RunItem {}

  /** The model's call of a handoff tool. */
  record HandoffCallItem(String agentName, FunctionCall item) implements RunItem {}

  /**
   * A handoff taken: its output, as sent back to the model, and who handed off to whom.
   *
   * @param agentName the agent that handed off
   * @param item the output of the handoff call
   * @param sourceAgent the agent that handed off
   * @param targetAgent the agent that took over
   */
  record HandoffOutputItem(
      String agentName, FunctionCallOutput item, String sourceAgent, String targetAgent)
      implements RunItem {}

  // Items of the Responses API's hosted tools and reasoning models.

  /**
   * A hosted tool the provider ran while answering: a web or file search, code, an image, or a
   * hosted MCP tool call (see {@link dev.durableagents.runtime.model.HostedTool}).
   */
  record HostedToolCallItem(String agentName, HostedToolCall item) implements RunItem {}

  /** The model's reasoning, with its summary when the request asked for one. */
  record ReasoningItem(String agentName, Reasoning item) implements RunItem {}

  /** The tools a hosted MCP server offers, as the provider listed them. */
  record McpListToolsItem(String agentName, McpListTools item) implements RunItem {}

  /** The provider asking to call a tool of a hosted MCP server. */
  record McpApprovalRequestItem(String agentName, McpApprovalRequest item) implements RunItem {}

  /** The run's answer to an approval request, from the agent's approval callback. */
  record McpApprovalResponseItem(String agentName, McpApprovalResponse item) implements RunItem {}
}
