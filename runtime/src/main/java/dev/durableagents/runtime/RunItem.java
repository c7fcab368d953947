package dev.durableagents.runtime;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;

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
}
