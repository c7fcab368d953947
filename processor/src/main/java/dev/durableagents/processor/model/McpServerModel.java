package dev.durableagents.processor.model;

/**
 * A local MCP server of an agent, from {@code @McpServer}.
 *
 * @param name the server's name, as registered on the plugin
 * @param needsApproval whether every call of its tools waits for a person's approval
 */
public record McpServerModel(String name, boolean needsApproval) {}
