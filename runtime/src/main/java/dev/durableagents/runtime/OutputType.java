package dev.durableagents.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.OutputSchema;
import java.util.Objects;

/**
 * The type of an agent's final output: plain text, or a structured value whose JSON schema the
 * model is given and whose JSON the run parses. The processor generates these from run methods'
 * return types; hand-written definitions use {@link #text()} or {@link #json}.
 *
 * @param <T> the output's Java type
 */
public final class OutputType<T> {

  /** The property that holds a non-object output, as the OpenAI Agents SDK wraps it. */
  public static final String WRAPPER_PROPERTY = "response";

  private static final OutputType<String> TEXT = new OutputType<>(null, text -> text, null);

  private final OutputSchema schema;
  private final Parser<T> parser;
  private final JsonReader<T> reader;

  private OutputType(OutputSchema schema, Parser<T> parser, JsonReader<T> reader) {
    this.schema = schema;
    this.parser = parser;
    this.reader = reader;
  }

  /** Plain text: the model's last message, as it is. */
  public static OutputType<String> text() {
    return TEXT;
  }

  /**
   * Structured output.
   *
   * @param name the schema's name
   * @param schemaJson the JSON schema, of an object
   * @param strict whether the schema is sent in OpenAI strict mode
   * @param wrapped whether the value sits in the {@value #WRAPPER_PROPERTY} property of the object
   * @param reader turns the value's JSON into a {@code T}
   */
  public static <T> OutputType<T> json(
      String name, String schemaJson, boolean strict, boolean wrapped, JsonReader<T> reader) {
    Objects.requireNonNull(reader, "reader");
    ObjectNode schema = Json.parseObject(schemaJson);
    OutputSchema outputSchema = new OutputSchema(name, schema, strict, wrapped);
    return new OutputType<>(
        outputSchema,
        text -> {
          JsonNode node;
          try {
            node = Json.readValueTree(text);
          } catch (Exception e) {
            throw new OutputParseException(
                "The model's output is not valid JSON: " + e.getMessage(), text, e);
          }
          if (wrapped) {
            if (!node.isObject() || !node.has(WRAPPER_PROPERTY)) {
              throw new OutputParseException(
                  "The model's output has no '" + WRAPPER_PROPERTY + "' property", text, null);
            }
            node = node.get(WRAPPER_PROPERTY);
          }
          try {
            return reader.read(node);
          } catch (Exception e) {
            throw new OutputParseException(
                "The model's output does not match the output type: "
                    + Json.firstLine(e.getMessage()),
                text,
                e);
          }
        },
        reader);
  }

  /**
   * Structured output read as {@code type}; see {@link #json(String, String, boolean, boolean,
   * JsonReader)}.
   */
  public static <T> OutputType<T> json(
      String name, String schemaJson, boolean strict, boolean wrapped, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return json(name, schemaJson, strict, wrapped, node -> Json.mapper().treeToValue(node, type));
  }

  /**
   * Structured output of a generic type, read through {@code type}; see {@link #json(String,
   * String, boolean, boolean, JsonReader)}.
   */
  public static <T> OutputType<T> json(
      String name, String schemaJson, boolean strict, boolean wrapped, TypeReference<T> type) {
    Objects.requireNonNull(type, "type");
    return json(
        name, schemaJson, strict, wrapped, node -> Json.mapper().readerFor(type).readValue(node));
  }

  /** Whether the output is plain text. */
  public boolean isText() {
    return schema == null;
  }

  /** The schema sent to the model, or {@code null} for plain text. */
  public OutputSchema schema() {
    return schema;
  }

  /**
   * Parses the model's final text.
   *
   * @throws OutputParseException if it does not match the type
   */
  public T parse(String text) {
    return parser.parse(text);
  }

  /**
   * Converts a value that is not the model's text, such as a tool's result taken as the final
   * output: text as it is sent to the model for {@code String} outputs, else the value read as
   * {@code T}.
   *
   * @throws OutputParseException if it does not convert
   */
  @SuppressWarnings("unchecked")
  public T fromValue(Object value) {
    if (reader == null) {
      return (T) Json.toText(value);
    }
    String text = Json.toText(value);
    try {
      JsonNode node = value instanceof JsonNode n ? n : Json.mapper().valueToTree(value);
      return reader.read(node);
    } catch (Exception e) {
      throw new OutputParseException(
          "The value does not match the output type: " + Json.firstLine(e.getMessage()), text, e);
    }
  }

  /** Reads a structured output from its JSON. */
  @FunctionalInterface
  public interface JsonReader<T> {
    /** Converts {@code json} to a {@code T}; any exception means the output does not match. */
    T read(JsonNode json) throws Exception;
  }

  private interface Parser<T> {
    T parse(String text);
  }
}
