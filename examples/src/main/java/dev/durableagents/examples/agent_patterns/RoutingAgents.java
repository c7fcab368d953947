package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Handoff;

/**
 * The agents of the {@link Routing} sample: a triage agent that hands the conversation to the agent
 * of its language.
 */
public final class RoutingAgents {

  private RoutingAgents() {}

  /** Hands off by language; the model sees {@code transfer_to_french_agent}, ... */
  @Agent(
      name = "triage_agent",
      instructions = "Handoff to the appropriate agent based on the language of the request.")
  @Handoff(agent = FrenchAgent.class)
  @Handoff(agent = SpanishAgent.class)
  @Handoff(agent = EnglishAgent.class)
  public interface TriageAgent {
    String route(String message);
  }

  /** Speaks French. */
  @Agent(name = "french_agent", instructions = "You only speak French")
  public interface FrenchAgent {
    String answer(String message);
  }

  /** Speaks Spanish. */
  @Agent(name = "spanish_agent", instructions = "You only speak Spanish")
  public interface SpanishAgent {
    String answer(String message);
  }

  /** Speaks English. */
  @Agent(name = "english_agent", instructions = "You only speak English")
  public interface EnglishAgent {
    String answer(String message);
  }
}
