package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;

/**
 * Callbacks on the lifecycle of a whole run, across agents, like the Agents SDK's {@code RunHooks}.
 * They run in workflow code (deterministic) and see the run's context, including usage so far. Set
 * them with {@link RunConfig.Builder#setHooks}. Every method does nothing by default.
 */
public interface RunHooks {

  /** An agent starts: at the start of the run, or after a handoff. */
  default void onAgentStart(RunContext<?> context, AgentDefinition agent) {}

  /** An agent produced the run's final output. */
  default void onAgentEnd(RunContext<?> context, AgentDefinition agent, Object output) {}

  /** The run was handed off from one agent to another. */
  default void onHandoff(RunContext<?> context, AgentDefinition from, AgentDefinition to) {}

  /** A tool call starts. */
  default void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {}

  /** A tool call ended with {@code output}, the text sent to the model. */
  default void onToolEnd(
      RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {}

  /** An agent is about to call the model. */
  default void onLlmStart(RunContext<?> context, AgentDefinition agent, ModelRequest request) {}

  /** The model answered. */
  default void onLlmEnd(RunContext<?> context, AgentDefinition agent, ModelResponse response) {}
}
