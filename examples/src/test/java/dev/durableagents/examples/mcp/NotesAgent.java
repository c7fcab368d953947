package dev.durableagents.examples.mcp;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.McpServer;

/** An annotated agent whose only tools come from the worker's local MCP server {@code "notes"}. */
@Agent(name = "Notes Agent", instructions = "Answer from the notes; search them first.")
@McpServer("notes")
public interface NotesAgent {
  String ask(String question);
}
