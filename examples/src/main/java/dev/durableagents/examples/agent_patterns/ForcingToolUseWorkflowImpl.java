package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.ForcingToolUseAgents.CustomAgent;
import dev.durableagents.examples.agent_patterns.ForcingToolUseAgents.DefaultAgent;
import dev.durableagents.examples.agent_patterns.ForcingToolUseAgents.FirstToolAgent;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.failure.ApplicationFailure;

/** Runs the weather agent of the chosen tool-use behaviour. */
public final class ForcingToolUseWorkflowImpl implements ForcingToolUseWorkflow {

  @Override
  public String run(String toolUseBehavior) {
    Class<?> agent;
    switch (toolUseBehavior) {
      case "default":
        agent = DefaultAgent.class;
        break;
      case "first_tool":
        agent = FirstToolAgent.class;
        break;
      case "custom":
        agent = CustomAgent.class;
        break;
      default:
        throw ApplicationFailure.newNonRetryableFailure(
            "Unknown tool use behavior: "
                + toolUseBehavior
                + ". Must be one of: default, first_tool, custom",
            "InvalidToolUseBehavior");
    }
    RunResult<String> result = Runner.run(agent, "What's the weather in Tokyo?");
    return result.finalOutput();
  }
}
