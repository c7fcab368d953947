/**
 * Local MCP servers: servers the worker runs or reaches (a command over stdio, or a streamable-HTTP
 * URL), whose tools agents call. Register a {@link dev.durableagents.runtime.mcp.McpServerProvider}
 * on the {@link dev.durableagents.runtime.DurableAgentsPlugin}, name the server on the agent ({@code
 * AgentDefinition.Builder.addMcpServer} or {@code @McpServer}); listing the server's tools and each
 * tool call are Temporal activities, each of which connects, does its one operation and
 * disconnects (a stateless server, as the Python integration's {@code StatelessMCPServerProvider}).
 */
package dev.durableagents.runtime.mcp;
