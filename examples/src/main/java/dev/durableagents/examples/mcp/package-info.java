/**
 * Java ports of the {@code mcp} samples: agents with local MCP servers the worker runs or reaches.
 * {@link dev.durableagents.examples.mcp.FileSystem} (server-filesystem from npm over stdio,
 * stateless), {@link dev.durableagents.examples.mcp.MemoryResearchScratchpad} (server-memory, a
 * stateful session across four runs), {@link dev.durableagents.examples.mcp.PromptServer} (an MCP
 * prompt as an agent's instructions), {@link dev.durableagents.examples.mcp.Sse} and {@link
 * dev.durableagents.examples.mcp.StreamableHttp} (the tools of {@link
 * dev.durableagents.examples.mcp.ToolsServer} over the two HTTP transports).
 */
package dev.durableagents.examples.mcp;
