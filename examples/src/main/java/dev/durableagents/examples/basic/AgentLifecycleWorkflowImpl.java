package dev.durableagents.examples.basic;

import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import java.util.List;

/** Runs {@link AgentLifecycleAgents.StartAgent} with a {@link HookLog} as the run's context. */
public final class AgentLifecycleWorkflowImpl implements AgentLifecycleWorkflow {

  private final HookLog log = new HookLog();

  @Override
  public FinalResult run(int maxNumber) {
    RunResult<FinalResult> result =
        Runner.run(
            AgentLifecycleAgents.StartAgent.class,
            "Generate a random number between 0 and " + maxNumber + ".",
            RunConfig.withContext(log));
    return result.finalOutput();
  }

  @Override
  public List<String> hookEvents() {
    return log.events();
  }
}
