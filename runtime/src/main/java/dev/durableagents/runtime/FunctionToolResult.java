package dev.durableagents.runtime;

/**
 * The result of one tool call of a turn, as a {@link ToolUseBehavior.ToolsToFinalOutput} sees it.
 *
 * @param toolName the tool's name
 * @param output the text sent back to the model
 * @param value the tool's result as it returned it: a Java object for in-workflow tools, a {@code
 *     JsonNode} for activity tools, or {@code null} when the call failed
 */
public record FunctionToolResult(String toolName, String output, Object value) {}
