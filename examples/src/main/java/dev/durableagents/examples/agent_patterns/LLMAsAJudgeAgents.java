package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;

/**
 * The agents of the {@link LLMAsAJudge} sample: an outline generator and an evaluator whose
 * structured feedback decides whether the generator tries again.
 */
public final class LLMAsAJudgeAgents {

  private LLMAsAJudgeAgents() {}

  /** The evaluator's verdict on an outline. */
  public enum Score {
    PASS,
    NEEDS_IMPROVEMENT,
    FAIL
  }

  /**
   * The evaluator's structured output.
   *
   * @param feedback what to improve
   * @param score the verdict
   */
  public record EvaluationFeedback(String feedback, Score score) {}

  /** Writes a story outline, improving it with any feedback in the conversation. */
  @Agent(
      name = "story_outline_generator",
      instructions =
          "You generate a very short story outline based on the user's input."
              + "If there is any feedback provided, use it to improve the outline.")
  public interface StoryOutlineGenerator {
    String outline(String request);
  }

  /** Judges the latest outline. */
  @Agent(
      name = "evaluator",
      instructions =
          "You evaluate a story outline and decide if it's good enough."
              + "If it's not good enough, you provide feedback on what needs to be improved."
              + "Never give it a pass on the first try. After 5 attempts, you can give it a pass"
              + " if story outline is good enough - do not go for perfection")
  public interface Evaluator {
    EvaluationFeedback evaluate(String conversation);
  }
}
