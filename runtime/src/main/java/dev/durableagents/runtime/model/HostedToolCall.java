package dev.durableagents.runtime.model;

/**
 * A call of a hosted tool that the provider ran while it answered (see {@link HostedTool}): a web
 * or file search, code run by the code interpreter, a generated image, or a hosted MCP tool call.
 * The run does not execute these: they come back done, as items of the model's output, and stay in
 * the conversation.
 */
public sealed interface HostedToolCall extends Item
    permits WebSearchCall, FileSearchCall, CodeInterpreterCall, ImageGenerationCall, McpCall {

  /** The item id the provider gave the call. */
  String id();
}
