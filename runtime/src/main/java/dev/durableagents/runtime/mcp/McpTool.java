package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A tool an MCP server offers, as its {@code tools/list} answer describes it.
 *
 * @param name the tool's name
 * @param description what the tool does, or {@code null}
 * @param inputSchema the JSON schema of the tool's arguments object
 */
public record McpTool(String name, String description, ObjectNode inputSchema) {

  public McpTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputSchema, "inputSchema");
  }
}
