package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.AsTool;

/**
 * The agents of the {@link AgentsAsTools} sample: an orchestrator that calls three translator
 * agents as tools, and a synthesizer that checks and joins their work.
 */
public final class AgentsAsToolsAgents {

  private AgentsAsToolsAgents() {}

  /** Picks translator agents and calls them as tools; never translates itself. */
  @Agent(
      name = "orchestrator_agent",
      instructions =
          "You are a translation agent. You use the tools given to you to translate."
              + "If asked for multiple translations, you call the relevant tools in order."
              + "You never translate on your own, you always use the provided tools.")
  @AsTool(
      agent = SpanishAgent.class,
      name = "translate_to_spanish",
      description = "Translate the user's message to Spanish")
  @AsTool(
      agent = FrenchAgent.class,
      name = "translate_to_french",
      description = "Translate the user's message to French")
  @AsTool(
      agent = ItalianAgent.class,
      name = "translate_to_italian",
      description = "Translate the user's message to Italian")
  public interface OrchestratorAgent {
    String translate(String message);
  }

  /** Translates to Spanish. */
  @Agent(
      name = "spanish_agent",
      instructions = "You translate the user's message to Spanish",
      description = "An english to spanish translator")
  public interface SpanishAgent {
    String translate(String message);
  }

  /** Translates to French. */
  @Agent(
      name = "french_agent",
      instructions = "You translate the user's message to French",
      description = "An english to french translator")
  public interface FrenchAgent {
    String translate(String message);
  }

  /** Translates to Italian. */
  @Agent(
      name = "italian_agent",
      instructions = "You translate the user's message to Italian",
      description = "An english to italian translator")
  public interface ItalianAgent {
    String translate(String message);
  }

  /** Checks the translations and joins them into the final answer. */
  @Agent(
      name = "synthesizer_agent",
      instructions =
          "You inspect translations, correct them if needed, and produce a final concatenated"
              + " response.")
  public interface SynthesizerAgent {
    String synthesize(String conversation);
  }
}
