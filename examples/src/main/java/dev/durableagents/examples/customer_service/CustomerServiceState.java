package dev.durableagents.examples.customer_service;

import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * Everything a conversation is: the input of each run of the workflow, so that it continues as new
 * without losing anything.
 *
 * @param chatHistory the lines shown to the customer so far
 * @param currentAgentName the agent the next message goes to
 * @param context what the agents know about the customer
 * @param inputItems the conversation as the model sees it
 * @param continueAsNewAfterTurns continue as new after this many messages in one run, as well as
 *     when Temporal suggests it; 0 to wait for Temporal's suggestion only
 */
public record CustomerServiceState(
    List<String> chatHistory,
    String currentAgentName,
    AirlineAgentContext context,
    List<Item> inputItems,
    int continueAsNewAfterTurns) {

  /** The state of a new conversation, which starts at the triage agent. */
  public static CustomerServiceState newConversation() {
    return new CustomerServiceState(
        List.of(), "Triage Agent", new AirlineAgentContext(), List.of(), 0);
  }

  /** This state, continuing as new after {@code turns} messages per run. */
  public CustomerServiceState withContinueAsNewAfterTurns(int turns) {
    return new CustomerServiceState(chatHistory, currentAgentName, context, inputItems, turns);
  }
}
