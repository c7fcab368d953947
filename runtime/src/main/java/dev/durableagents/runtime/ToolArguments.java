package dev.durableagents.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;

/**
 * The arguments of a tool call: the JSON object the model wrote, read one parameter at a time.
 * Generated tool invokers call {@link #get(String, Class)} for each parameter, in declaration
 * order.
 */
public final class ToolArguments {

  private final ObjectNode json;

  private ToolArguments(ObjectNode json) {
    this.json = json;
  }

  /**
   * Parses the model's arguments text.
   *
   * @throws ToolArgumentsException if it is not a JSON object
   */
  public static ToolArguments parse(String argumentsJson) {
    String text = argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson;
    JsonNode node;
    try {
      node = Json.readValueTree(text);
    } catch (Exception e) {
      throw new ToolArgumentsException(
          "The arguments are not valid JSON: " + Json.firstLine(e.getMessage()), e);
    }
    if (node == null || !node.isObject()) {
      throw new ToolArgumentsException("The arguments must be a JSON object, got: " + text, null);
    }
    return new ToolArguments((ObjectNode) node);
  }

  /** The arguments as JSON. */
  public ObjectNode json() {
    return json;
  }

  /**
   * The value of parameter {@code name}.
   *
   * @throws ToolArgumentsException if it is missing or does not convert to {@code type}
   */
  public <T> T get(String name, Class<T> type) {
    JsonNode value = require(name, type.isPrimitive());
    Object plain = plain(value, type);
    if (plain != null) {
      @SuppressWarnings("unchecked") // plain(value, type) returns a value of type, boxed
      T t = (T) plain;
      return t;
    }
    try {
      return Json.mapper().treeToValue(value, type);
    } catch (Exception e) {
      throw mismatch(name, e);
    }
  }

  /**
   * The value of parameter {@code name}, of a generic type.
   *
   * @throws ToolArgumentsException if it is missing or does not convert to {@code type}
   */
  public <T> T get(String name, TypeReference<T> type) {
    JsonNode value = require(name, false);
    try {
      return Json.mapper().readerFor(type).readValue(value);
    } catch (Exception e) {
      throw mismatch(name, e);
    }
  }

  /**
   * The value without a trip through the object mapper when it is a JSON string, boolean or number
   * read as a {@code String}, boolean, int, long or double (what most tools take), with the
   * mapper's result; {@code null} for every other case, which the mapper converts.
   */
  private static Object plain(JsonNode value, Class<?> type) {
    if (type == String.class) {
      return value.isTextual() ? value.textValue() : null;
    }
    if (type == int.class || type == Integer.class) {
      return value.isInt() ? value.intValue() : null;
    }
    if (type == long.class || type == Long.class) {
      return value.isInt() || value.isLong() ? value.longValue() : null;
    }
    if (type == boolean.class || type == Boolean.class) {
      return value.isBoolean() ? value.booleanValue() : null;
    }
    if (type == double.class || type == Double.class) {
      return value.isDouble() || value.isInt() || value.isLong() ? value.doubleValue() : null;
    }
    return null;
  }

  private JsonNode require(String name, boolean primitive) {
    JsonNode value = json.get(name);
    if (value == null) {
      throw new ToolArgumentsException("Missing required argument '" + name + "'", null);
    }
    if (primitive && value.isNull()) {
      throw new ToolArgumentsException("Argument '" + name + "' must not be null", null);
    }
    return value;
  }

  private static ToolArgumentsException mismatch(String name, Exception e) {
    return new ToolArgumentsException(
        "Argument '" + name + "' has the wrong type: " + Json.firstLine(e.getMessage()), e);
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
