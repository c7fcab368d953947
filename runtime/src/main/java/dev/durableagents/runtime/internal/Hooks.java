package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.AgentHooks;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunHooks;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;

/** Calls the run's hooks and the current agent's hooks, in that order, skipping absent ones. */
final class Hooks {

  private final RunHooks run;
  private final RunContext<?> context;

  Hooks(RunHooks run, RunContext<?> context) {
    this.run = run;
    this.context = context;
  }

  void agentStart(AgentDefinition agent) {
    if (run != null) {
      run.onAgentStart(context, agent);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onStart(context, agent);
    }
  }

  void agentEnd(AgentDefinition agent, Object output) {
    if (run != null) {
      run.onAgentEnd(context, agent, output);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onEnd(context, agent, output);
    }
  }

  void handoff(AgentDefinition from, AgentDefinition to) {
    if (run != null) {
      run.onHandoff(context, from, to);
    }
    AgentHooks hooks = to.hooks();
    if (hooks != null) {
      hooks.onHandoff(context, to, from);
    }
  }

  void toolStart(AgentDefinition agent, ToolCall call) {
    if (run != null) {
      run.onToolStart(context, agent, call);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onToolStart(context, agent, call);
    }
  }

  void toolEnd(AgentDefinition agent, ToolCall call, String output) {
    if (run != null) {
      run.onToolEnd(context, agent, call, output);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onToolEnd(context, agent, call, output);
    }
  }

  void llmStart(AgentDefinition agent, ModelRequest request) {
    if (run != null) {
      run.onLlmStart(context, agent, request);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onLlmStart(context, agent, request);
    }
  }

  void llmEnd(AgentDefinition agent, ModelResponse response) {
    if (run != null) {
      run.onLlmEnd(context, agent, response);
    }
    AgentHooks hooks = agent.hooks();
    if (hooks != null) {
      hooks.onLlmEnd(context, agent, response);
    }
  }
}
