package dev.durableagents.examples.handoffs;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Handoff;
import io.temporal.workflow.Workflow;

/**
 * The agents of the {@link MessageFilter} sample: a concise assistant with a random-number tool, a
 * helpful assistant that hands Spanish speakers to a Spanish assistant through {@link
 * SpanishHandoffFilter}.
 */
public final class MessageFilterAgents {

  private MessageFilterAgents() {}

  /** A concise assistant that can draw random numbers. */
  @Agent(name = "Assistant", instructions = "Be extremely concise.")
  public interface FirstAgent {
    String chat(String message);

    /**
     * Return a random integer between 0 and the given maximum.
     *
     * @param max the largest number it may return
     */
    @FunctionTool
    default int randomNumber(int max) {
      return Workflow.newRandom().nextInt(max + 1);
    }
  }

  /** Hands Spanish speakers over; the Spanish assistant sees a filtered conversation. */
  @Agent(
      name = "Assistant",
      instructions =
          "Be a helpful assistant. If the user speaks Spanish, handoff to the Spanish assistant.")
  @Handoff(agent = SpanishAgent.class, inputFilter = SpanishHandoffFilter.class)
  public interface SecondAgent {
    String chat(String message);
  }

  /** Speaks Spanish, concisely. */
  @Agent(
      name = "Spanish Assistant",
      instructions = "You only speak Spanish and are extremely concise.",
      description = "A Spanish-speaking assistant.")
  public interface SpanishAgent {
    String chat(String message);
  }
}
