package dev.durableagents.runtime.mcp;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A prompt as an MCP server renders it ({@code prompts/get}): its messages, with the arguments
 * filled in.
 *
 * @param description the rendered prompt's description, or {@code null}
 * @param messages its messages, in order
 */
public record McpPromptResult(String description, List<Message> messages) {

  public McpPromptResult {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }

  /**
   * The prompt as one text, e.g. for an agent's instructions: the messages' texts joined by blank
   * lines.
   */
  public String text() {
    return messages.stream().map(Message::text).collect(Collectors.joining("\n\n"));
  }

  /**
   * One message of a rendered prompt.
   *
   * @param role {@code user} or {@code assistant}
   * @param text its content as text: a text part's text, other parts (images, embedded resources)
   *     as their JSON
   */
  public record Message(String role, String text) {}
}
