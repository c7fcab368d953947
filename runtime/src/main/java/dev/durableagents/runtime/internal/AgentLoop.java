package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * The agent loop, in workflow code: ask the model (one activity), run the tool calls it asked for
 * (concurrently, one activity each for tool sets), take handoffs, feed the outputs back, and repeat
 * until an agent answers with a final output, or the turn limit is reached. See {@link AgentRun}.
 *
 * <p>Everything here is deterministic: the only effects are activities and workflow threads,
 * scheduled through Temporal, and the order of items follows the order of the model's output.
 */
public final class AgentLoop {

  private AgentLoop() {}

  /** Runs {@code agent} on {@code input}, with the workflow's defaults under {@code config}. */
  public static <T> RunResult<T> run(AgentDefinition agent, List<Item> input, RunConfig config) {
    WorkflowRuntime runtime = WorkflowRuntime.current();
    return new AgentRun(agent, input, config.orElse(WorkflowDefaults.get()), runtime).execute();
  }
}
