package dev.durableagents.runtime.mcp;

/**
 * The result of one MCP tool call.
 *
 * @param text the result's content as text: text parts joined by newlines, other parts (images,
 *     resources) as their JSON; the structured content's JSON when there is no content
 * @param isError whether the server reported the call as failed ({@code isError}); the agent's
 *     model is then told the call failed, with this text, and the run goes on
 */
public record McpToolResult(String text, boolean isError) {}
