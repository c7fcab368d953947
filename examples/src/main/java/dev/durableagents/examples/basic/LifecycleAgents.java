package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Handoff;
import io.temporal.workflow.Workflow;

/**
 * The agents of the {@link Lifecycle} sample: the same pair as {@link AgentLifecycleAgents},
 * without hooks of their own; the run's hooks see both.
 */
public final class LifecycleAgents {

  private LifecycleAgents() {}

  /** Draws a random number; stops on an even one, hands an odd one to {@link MultiplyAgent}. */
  @Agent(
      name = "Start Agent",
      instructions =
          "Generate a random number. If it's even, stop. If it's odd, hand off to the multiplier"
              + " agent.")
  @Handoff(agent = MultiplyAgent.class)
  public interface StartAgent {
    FinalResult run(String request);

    /**
     * Generate a random number up to the provided max.
     *
     * @param max the largest number it may return
     */
    @FunctionTool
    default int randomNumber(int max) {
      return Workflow.newRandom().nextInt(max + 1);
    }
  }

  /** Doubles the number and returns it. */
  @Agent(
      name = "Multiply Agent",
      instructions = "Multiply the number by 2 and then return the final result.")
  public interface MultiplyAgent {
    FinalResult run(String request);

    /** Return x times two. */
    @FunctionTool
    default int multiplyByTwo(int x) {
      return x * 2;
    }
  }
}
