package dev.durableagents.runtime.mcp;

import java.util.List;
import java.util.Objects;

/**
 * A prompt an MCP server offers, as its {@code prompts/list} answer describes it.
 *
 * @param name the prompt's name, for {@code prompts/get}
 * @param description what the prompt is for, or {@code null}
 * @param arguments the arguments it takes
 */
public record McpPrompt(String name, String description, List<Argument> arguments) {

  public McpPrompt {
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /**
   * One argument of a prompt.
   *
   * @param name the argument's name
   * @param description what it means, or {@code null}
   * @param required whether {@code prompts/get} must be given it
   */
  public record Argument(String name, String description, boolean required) {}
}
