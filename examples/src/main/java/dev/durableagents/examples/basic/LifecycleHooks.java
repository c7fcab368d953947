package dev.durableagents.examples.basic;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunHooks;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Run-level hooks of the {@link Lifecycle} sample: every agent of the run reports here, with the
 * run's usage so far. The workflow creates one per run ({@code RunConfig.setHooks}), so it may
 * count events itself; it lives in workflow memory and is rebuilt on replay.
 */
public final class LifecycleHooks implements RunHooks {

  private final List<String> events = new ArrayList<>();

  /** The events so far, in order. */
  public List<String> events() {
    return List.copyOf(events);
  }

  @Override
  public void onAgentStart(RunContext<?> context, AgentDefinition agent) {
    add(context, "Agent " + agent.name() + " started");
  }

  @Override
  public void onAgentEnd(RunContext<?> context, AgentDefinition agent, Object output) {
    add(context, "Agent " + agent.name() + " ended with output " + output);
  }

  @Override
  public void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {
    add(context, "Tool " + call.toolName() + " started");
  }

  @Override
  public void onToolEnd(
      RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {
    add(context, "Tool " + call.toolName() + " ended with result " + output);
  }

  @Override
  public void onHandoff(RunContext<?> context, AgentDefinition from, AgentDefinition to) {
    add(context, "Handoff from " + from.name() + " to " + to.name());
  }

  private void add(RunContext<?> context, String event) {
    Usage u = context.usage();
    events.add(
        String.format(
            "### %d: %s. Usage: %d requests, %d input tokens, %d output tokens, %d total tokens",
            events.size() + 1,
            event,
            u.requests(),
            u.inputTokens(),
            u.outputTokens(),
            u.totalTokens()));
  }
}
