package dev.durableagents.examples.customer_service;

import java.util.Objects;

/**
 * What the agents know about the customer: the run's context object. Tools and handoff hooks change
 * it in the workflow; it is carried to the next run when the workflow continues as new.
 */
public final class AirlineAgentContext {

  /** The passenger's name, or {@code null}. */
  public String passengerName;

  /** The booking's confirmation number, or {@code null}. */
  public String confirmationNumber;

  /** The passenger's seat, or {@code null}. */
  public String seatNumber;

  /** The flight, set when the conversation is handed to the seat booking agent. */
  public String flightNumber;

  @Override
  public boolean equals(Object o) {
    return o instanceof AirlineAgentContext c
        && Objects.equals(passengerName, c.passengerName)
        && Objects.equals(confirmationNumber, c.confirmationNumber)
        && Objects.equals(seatNumber, c.seatNumber)
        && Objects.equals(flightNumber, c.flightNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(passengerName, confirmationNumber, seatNumber, flightNumber);
  }

  @Override
  public String toString() {
    return "AirlineAgentContext{passengerName="
        + passengerName
        + ", confirmationNumber="
        + confirmationNumber
        + ", seatNumber="
        + seatNumber
        + ", flightNumber="
        + flightNumber
        + "}";
  }
}
