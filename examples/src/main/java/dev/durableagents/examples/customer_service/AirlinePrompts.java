package dev.durableagents.examples.customer_service;

/** Prompt text shared by the airline agents. */
public final class AirlinePrompts {

  private AirlinePrompts() {}

  /**
   * The OpenAI Agents SDK's {@code RECOMMENDED_PROMPT_PREFIX} for agents that take part in
   * handoffs: it tells the model how handoffs work and to keep them invisible to the user.
   */
  public static final String RECOMMENDED_PROMPT_PREFIX =
      "# System context\n"
          + "You are part of a multi-agent system called the Agents SDK, designed to make agent"
          + " coordination and execution easy. Agents uses two primary abstraction: **Agents** and"
          + " **Handoffs**. An agent encompasses instructions and tools and can hand off a"
          + " conversation to another agent when appropriate. Handoffs are achieved by calling a"
          + " handoff function, generally named `transfer_to_<agent_name>`. Transfers between"
          + " agents are handled seamlessly in the background; do not mention or draw attention to"
          + " these transfers in your conversation with the user.\n";
}
