package dev.durableagents.runtime.mcp;

import java.util.Objects;

/**
 * One part of what {@code resources/read} answers for a resource: text, or binary data in base64.
 *
 * @param uri the URI of this part
 * @param mimeType its MIME type, or {@code null}
 * @param text its text, or {@code null} for binary content
 * @param blob its binary content in base64, or {@code null} for text
 */
public record McpResourceContents(String uri, String mimeType, String text, String blob) {

  public McpResourceContents {
    Objects.requireNonNull(uri, "uri");
  }
}
