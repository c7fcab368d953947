package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;

/**
 * The agents of the {@link Parallelization} sample: a translator run three times at once, and a
 * picker.
 */
public final class ParallelizationAgents {

  private ParallelizationAgents() {}

  /** Translates to Spanish. */
  @Agent(name = "spanish_agent", instructions = "You translate the user's message to Spanish")
  public interface SpanishAgent {
    String translate(String message);
  }

  /** Picks the best of several translations. */
  @Agent(
      name = "translation_picker",
      instructions = "You pick the best Spanish translation from the given options.")
  public interface TranslationPicker {
    String pick(String options);
  }
}
