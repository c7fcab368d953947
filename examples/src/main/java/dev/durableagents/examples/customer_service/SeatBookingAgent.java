package dev.durableagents.examples.customer_service;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Handoff;
import dev.durableagents.runtime.RunContext;

/** Changes a customer's seat; its tool writes the new seat into the run's context. */
@Agent(
    name = "Seat Booking Agent",
    description = "A helpful agent that can update a seat on a flight.",
    instructions =
        AirlinePrompts.RECOMMENDED_PROMPT_PREFIX
            + "You are a seat booking agent. If you are speaking to a customer, you probably were"
            + " transferred to from the triage agent.\n"
            + "Use the following routine to support the customer.\n"
            + "# Routine\n"
            + "1. Ask for their confirmation number.\n"
            + "2. Ask the customer what their desired seat number is.\n"
            + "3. Use the update seat tool to update the seat on the flight.\n"
            + "If the customer asks a question that is not related to the routine, transfer back to"
            + " the triage agent. ")
@Handoff(agent = TriageAgent.class)
public interface SeatBookingAgent {

  String chat(String message);

  /**
   * Update the seat for a given confirmation number.
   *
   * @param confirmationNumber The confirmation number for the flight.
   * @param newSeat The new seat to update to.
   */
  @FunctionTool
  default String updateSeat(
      RunContext<AirlineAgentContext> context, String confirmationNumber, String newSeat) {
    AirlineAgentContext customer = context.context();
    // The flight number is set by the handoff that brought the customer here.
    if (customer.flightNumber == null) {
      throw new IllegalStateException("Flight number is required");
    }
    customer.confirmationNumber = confirmationNumber;
    customer.seatNumber = newSeat;
    return "Updated seat to " + newSeat + " for confirmation number " + confirmationNumber;
  }
}
