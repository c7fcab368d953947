package dev.durableagents.runtime.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The JSON schema the model's final answer must follow, for agents with a structured output type.
 *
 * @param name the schema's name (OpenAI requires one; derived from the output type)
 * @param schema the JSON schema, always of an object
 * @param strict whether the schema is sent in OpenAI strict mode
 * @param wrapped whether the output type is not an object and is wrapped in {@code {"response":
 *     ...}}, as the OpenAI Agents SDK does
 */
public record OutputSchema(String name, ObjectNode schema, boolean strict, boolean wrapped) {

  public OutputSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
  }
}
