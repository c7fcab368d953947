package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.MaxTurnsExceeded;
import dev.durableagents.runtime.MaxTurnsHandler;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunItem;
import java.util.List;

/** What a run does past its max turns: fail, or end with its {@link MaxTurnsHandler}'s output. */
final class MaxTurns {

  private MaxTurns() {}

  /**
   * The run's final output from its handler.
   *
   * @throws MaxTurnsExceeded when the run has no handler, or its handler returns {@code null}
   */
  static AgentRun.Final handle(
      RunConfig config,
      RunContext<?> context,
      AgentDefinition agent,
      List<RunItem> items,
      int maxTurns) {
    MaxTurnsExceeded error = new MaxTurnsExceeded(maxTurns, agent.name());
    MaxTurnsHandler handler = config.maxTurnsHandler();
    if (handler == null) {
      throw error;
    }
    Object output = handler.onMaxTurns(context, agent, List.copyOf(items), error);
    if (output == null) {
      throw error;
    }
    return new AgentRun.Final(agent.outputType().fromValue(output));
  }
}
