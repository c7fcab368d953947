package dev.durableagents.examples.human_in_the_loop;

import dev.durableagents.annotations.Agent;

/**
 * A support agent that looks orders up and refunds them; every refund waits for a person (see
 * {@link OrderTools#refund}).
 */
@Agent(
    name = "Refund Agent",
    instructions =
        "You handle refund requests. Look each order up, then refund it in full with the refund"
            + " tool. If a refund is not approved, tell the customer why.",
    tools = OrderTools.class)
public interface RefundAgent {
  String ask(String request);
}
