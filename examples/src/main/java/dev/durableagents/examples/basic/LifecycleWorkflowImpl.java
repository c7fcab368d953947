package dev.durableagents.examples.basic;

import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import java.util.List;

/** Runs {@link LifecycleAgents.StartAgent} with {@link LifecycleHooks} on the whole run. */
public final class LifecycleWorkflowImpl implements LifecycleWorkflow {

  private final LifecycleHooks hooks = new LifecycleHooks();

  @Override
  public FinalResult run(int maxNumber) {
    RunResult<FinalResult> result =
        Runner.run(
            LifecycleAgents.StartAgent.class,
            "Generate a random number between 0 and " + maxNumber + ".",
            RunConfig.newBuilder().setHooks(hooks).build());
    return result.finalOutput();
  }

  @Override
  public List<String> hookEvents() {
    return hooks.events();
  }
}
