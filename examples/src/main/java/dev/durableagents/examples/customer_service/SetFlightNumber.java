package dev.durableagents.examples.customer_service;

import dev.durableagents.runtime.OnHandoff;
import dev.durableagents.runtime.RunContext;
import io.temporal.workflow.Workflow;

/**
 * The hook of the handoff to the seat booking agent: it looks up the customer's flight (here: makes
 * one up with {@code Workflow.newRandom()}, which replays to the same number) into the context.
 */
public final class SetFlightNumber implements OnHandoff<Void> {

  @Override
  public void onHandoff(RunContext<?> context, Void input) {
    AirlineAgentContext customer = (AirlineAgentContext) context.context();
    customer.flightNumber = "FLT-" + (100 + Workflow.newRandom().nextInt(900));
  }
}
