package dev.durableagents.runtime.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What the model is told about a function tool: its name, description and parameters' JSON schema.
 * Handoffs are offered to the model in the same shape.
 *
 * @param name the tool's name
 * @param description what the tool does, or {@code null}
 * @param parameters the JSON schema of the arguments object
 * @param strict whether the schema is sent in OpenAI strict mode
 */
public record FunctionToolSpec(
    String name, String description, ObjectNode parameters, boolean strict) {

  public FunctionToolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
  }
}
