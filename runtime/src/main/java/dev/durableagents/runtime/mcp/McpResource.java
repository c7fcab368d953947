package dev.durableagents.runtime.mcp;

import java.util.Objects;

/**
 * A resource an MCP server offers, as its {@code resources/list} answer describes it.
 *
 * @param uri the resource's URI, for {@code resources/read}
 * @param name its name
 * @param description what it holds, or {@code null}
 * @param mimeType its MIME type, or {@code null}
 */
public record McpResource(String uri, String name, String description, String mimeType) {

  public McpResource {
    Objects.requireNonNull(uri, "uri");
  }
}
