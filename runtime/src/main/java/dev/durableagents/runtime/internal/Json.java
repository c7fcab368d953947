package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one Jackson mapper of the runtime, configured to read what the model writes strictly. */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  /**
   * Reads trees whose decimals stay exact: a number with a fraction or exponent becomes a {@code
   * BigDecimal} node with its scale (not a {@code double}), so a {@code BigDecimal} read from the
   * tree is exactly the one in the text.
   */
  private static final ObjectReader EXACT_TREES =
      MAPPER
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private Json() {}

  /** The mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses the JSON text of values to convert to Java types (tool arguments, structured outputs),
   * keeping decimals exact.
   *
   * @throws IOException if it is not JSON
   */
  public static JsonNode readValueTree(String json) throws IOException {
    return EXACT_TREES.readTree(json);
  }

  /**
   * Parses JSON text that must be an object, such as a schema generated at compile time.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static ObjectNode parseObject(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("Not valid JSON: " + json, e);
    }
    if (!(node instanceof ObjectNode)) {
      throw new IllegalArgumentException("Not a JSON object: " + json);
    }
    return (ObjectNode) node;
  }

  /**
   * The text a tool's result is sent to the model as: a {@code String} as it is, JSON text values
   * unquoted, {@code null} as an empty string, anything else as JSON.
   */
  public static String toText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof JsonNode node) {
      if (node.isNull() || node.isMissingNode()) {
        return "";
      }
      return node.isTextual() ? node.asText() : node.toString();
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "Cannot write a " + value.getClass().getName() + " as JSON: " + e.getMessage(), e);
    }
  }

  /** The first line of an exception message, without Jackson's source excerpts. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
