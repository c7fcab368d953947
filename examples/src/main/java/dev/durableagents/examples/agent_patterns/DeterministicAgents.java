package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;

/**
 * The agents of the {@link Deterministic} sample: an outline writer, a checker with a structured
 * verdict, and a story writer, run one after another by the workflow.
 */
public final class DeterministicAgents {

  private DeterministicAgents() {}

  /**
   * The checker's verdict.
   *
   * @param goodQuality whether the outline is good
   * @param isScifi whether it is science fiction
   */
  public record OutlineCheckerOutput(boolean goodQuality, boolean isScifi) {}

  /** Writes a short story outline. */
  @Agent(
      name = "story_outline_agent",
      instructions = "Generate a very short story outline based on the user's input.")
  public interface StoryOutlineAgent {
    String outline(String prompt);
  }

  /** Judges an outline: structured output. */
  @Agent(
      name = "outline_checker_agent",
      instructions =
          "Read the given story outline, and judge the quality. Also, determine if it is a scifi"
              + " story.")
  public interface OutlineCheckerAgent {
    OutlineCheckerOutput check(String outline);
  }

  /** Writes the story. */
  @Agent(name = "story_agent", instructions = "Write a short story based on the given outline.")
  public interface StoryAgent {
    String write(String outline);
  }
}
