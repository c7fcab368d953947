package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;

/**
 * Callbacks on the lifecycle of one agent, like the Agents SDK's {@code AgentHooks}. They run in
 * workflow code (deterministic; no I/O — schedule an activity for that) and see the run's context,
 * including usage so far. Every method does nothing by default.
 *
 * <p>Attach with {@code @Agent(hooks = MyHooks.class)} (public no-argument constructor) or {@link
 * AgentDefinition.Builder#setHooks}. For hooks on every agent of a run, see {@link RunHooks}.
 *
 * <p>One instance serves every run of the agent in the worker, concurrently and across replays:
 * keep no state in its fields. Keep per-run state in the run's context ({@code context.context()}),
 * which lives in the workflow.
 */
public interface AgentHooks {

  /** The agent starts: at the start of the run, or after a handoff to it. */
  default void onStart(RunContext<?> context, AgentDefinition agent) {}

  /** The agent produced the run's final output. */
  default void onEnd(RunContext<?> context, AgentDefinition agent, Object output) {}

  /** The run was handed off to this agent from {@code source}. */
  default void onHandoff(RunContext<?> context, AgentDefinition agent, AgentDefinition source) {}

  /** A tool call of this agent starts. */
  default void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {}

  /** A tool call of this agent ended with {@code output}, the text sent to the model. */
  default void onToolEnd(
      RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {}

  /** The agent is about to call the model. */
  default void onLlmStart(RunContext<?> context, AgentDefinition agent, ModelRequest request) {}

  /** The model answered. */
  default void onLlmEnd(RunContext<?> context, AgentDefinition agent, ModelResponse response) {}
}
