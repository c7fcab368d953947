/**
 * Local MCP servers: servers the worker runs or reaches (a command over stdio, a streamable-HTTP
 * URL, or the HTTP+SSE endpoint of an older server), whose tools agents call. Register a {@link
 * dev.durableagents.runtime.mcp.McpServerProvider} on the {@link
 * dev.durableagents.runtime.DurableAgentsPlugin}, name the server on the agent ({@code
 * AgentDefinition.Builder.addMcpServer} or {@code @McpServer}); listing the server's tools and each
 * tool call are Temporal activities. By default each activity connects, does its one operation and
 * disconnects (as the Python integration's {@code StatelessMCPServerProvider}); a {@link
 * dev.durableagents.runtime.mcp.McpServerProvider#stateful() stateful} server keeps one session per
 * run, or per {@link dev.durableagents.runtime.mcp.McpSession} the workflow opens, hosted by one
 * worker. {@link dev.durableagents.runtime.mcp.Mcp} reads prompts and resources from workflow code;
 * {@link dev.durableagents.runtime.mcp.McpToolFilter} chooses the tools a model is offered.
 */
package dev.durableagents.runtime.mcp;
