package dev.durableagents.examples.customer_service;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Handoff;

/** The first agent a customer talks to: it hands the conversation to the right specialist. */
@Agent(
    name = "Triage Agent",
    description = "A triage agent that can delegate a customer's request to the appropriate agent.",
    instructions =
        AirlinePrompts.RECOMMENDED_PROMPT_PREFIX
            + " You are a helpful triaging agent. You can use your tools to delegate questions to"
            + " other appropriate agents.")
@Handoff(agent = FaqAgent.class)
@Handoff(agent = SeatBookingAgent.class, onHandoff = SetFlightNumber.class)
public interface TriageAgent {
  String chat(String message);
}
