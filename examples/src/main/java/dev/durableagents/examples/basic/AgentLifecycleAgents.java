package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Handoff;
import io.temporal.workflow.Workflow;

/**
 * The agents of the {@link AgentLifecycle} sample: a start agent that draws a random number and
 * hands odd ones to a multiply agent, each with its own lifecycle hooks.
 */
public final class AgentLifecycleAgents {

  private AgentLifecycleAgents() {}

  /** Draws a random number; stops on an even one, hands an odd one to {@link MultiplyAgent}. */
  @Agent(
      name = "Start Agent",
      instructions =
          "Generate a random number. If it's even, stop. If it's odd, hand off to the multiply"
              + " agent.",
      hooks = AgentLifecycleHooks.class)
  @Handoff(agent = MultiplyAgent.class)
  public interface StartAgent {
    FinalResult run(String request);

    /**
     * Generate a random number up to the provided maximum.
     *
     * @param max the largest number it may return
     */
    @FunctionTool
    default int randomNumber(int max) {
      // An in-workflow tool: deterministic, through Workflow.newRandom().
      return Workflow.newRandom().nextInt(max + 1);
    }
  }

  /** Doubles the number and returns it. */
  @Agent(
      name = "Multiply Agent",
      instructions = "Multiply the number by 2 and then return the final result.",
      hooks = AgentLifecycleHooks.class)
  public interface MultiplyAgent {
    FinalResult run(String request);

    /** Simple multiplication by two. */
    @FunctionTool
    default int multiplyByTwo(int x) {
      return x * 2;
    }
  }
}
