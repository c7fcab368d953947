package dev.durableagents.runtime;

/**
 * One call of a function tool, as a {@link ToolInvoker} receives it.
 *
 * @param callId the model's id of the call
 * @param toolName the tool's name
 * @param arguments the arguments, parsed
 * @param agent the agent whose model made the call
 * @param context the run's context
 */
public record ToolCall(
    String callId,
    String toolName,
    ToolArguments arguments,
    AgentDefinition agent,
    RunContext<?> context) {}
