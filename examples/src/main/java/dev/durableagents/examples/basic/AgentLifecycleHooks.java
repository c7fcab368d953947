package dev.durableagents.examples.basic;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.AgentHooks;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.ToolCall;

/**
 * Per-agent hooks ({@code @Agent(hooks = ...)}) of the {@link AgentLifecycle} sample: each event
 * goes to the run's {@link HookLog}, counted per agent. One instance serves every run of the agent,
 * so it keeps no state of its own; the log is the run's context.
 */
public final class AgentLifecycleHooks implements AgentHooks {

  @Override
  public void onStart(RunContext<?> context, AgentDefinition agent) {
    log(context, agent, "Agent " + agent.name() + " started");
  }

  @Override
  public void onEnd(RunContext<?> context, AgentDefinition agent, Object output) {
    log(context, agent, "Agent " + agent.name() + " ended with output " + output);
  }

  @Override
  public void onHandoff(RunContext<?> context, AgentDefinition agent, AgentDefinition source) {
    log(context, agent, "Agent " + source.name() + " handed off to " + agent.name());
  }

  @Override
  public void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {
    log(context, agent, "Agent " + agent.name() + " started tool " + call.toolName());
  }

  @Override
  public void onToolEnd(
      RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {
    log(
        context,
        agent,
        "Agent " + agent.name() + " ended tool " + call.toolName() + " with result " + output);
  }

  private static void log(RunContext<?> context, AgentDefinition agent, String event) {
    if (context.context() instanceof HookLog log) {
      log.add(agent.name(), event);
    }
  }
}
