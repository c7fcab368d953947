package dev.durableagents.processor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of JSON Schema that OpenAI strict mode accepts, as a checker for generated schemas:
 * the root is an object; each schema has exactly one of {@code type}, {@code anyOf} and {@code
 * $ref}; objects are closed and require every property; a type list is one type and {@code "null"}
 * (or {@code "null"} alone, as the other option of an {@code anyOf}); only the keywords strict mode
 * supports for each type; only its string formats; every {@code $ref} resolves. (The rules of
 * openai-java's local schema validation, plus the format list of OpenAI's structured outputs
 * guide.)
 */
final class StrictModeRules {

  private static final Set<String> ROOT_ONLY = Set.of("$defs", "$schema", "$id");
  private static final Set<String> ANY_OF = Set.of("anyOf", "title", "description");
  private static final Set<String> REF = Set.of("$ref", "title", "description");
  private static final Set<String> OBJECT =
      Set.of("type", "required", "additionalProperties", "title", "description", "properties");
  private static final Set<String> ARRAY =
      Set.of("type", "title", "description", "items", "minItems", "maxItems");
  private static final Set<String> STRING =
      Set.of("type", "title", "description", "enum", "const", "pattern", "format");
  private static final Set<String> NUMBER =
      Set.of(
          "type",
          "title",
          "description",
          "enum",
          "const",
          "minimum",
          "exclusiveMinimum",
          "maximum",
          "exclusiveMaximum",
          "multipleOf");
  private static final Set<String> BOOLEAN =
      Set.of("type", "title", "description", "enum", "const");
  private static final Set<String> NULL = Set.of("type", "title", "description");
  private static final Set<String> FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  private final List<String> violations = new ArrayList<>();
  private final Set<String> references = new HashSet<>();

  private StrictModeRules() {}

  /** What in {@code schema} strict mode would reject; empty if nothing. */
  static List<String> violations(JsonNode schema) {
    StrictModeRules rules = new StrictModeRules();
    rules.references.add("#");
    JsonNode defs = schema.get("$defs");
    if (defs != null) {
      defs.fieldNames().forEachRemaining(name -> rules.references.add("#/$defs/" + name));
    }
    if (!"object".equals(schema.path("type").asText())) {
      rules.violations.add("#: the root is not an object");
    }
    rules.check(schema, "#", true);
    if (defs != null) {
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        rules.check(def.getValue(), "#/$defs/" + def.getKey(), false);
      }
    }
    return rules.violations;
  }

  private void check(JsonNode schema, String path, boolean root) {
    if (!schema.isObject()) {
      violations.add(path + ": not an object");
      return;
    }
    int kinds =
        (schema.has("type") ? 1 : 0) + (schema.has("anyOf") ? 1 : 0) + (schema.has("$ref") ? 1 : 0);
    if (kinds != 1) {
      violations.add(path + ": needs exactly one of type, anyOf, $ref");
      return;
    }
    if (schema.has("anyOf")) {
      keywords(schema, ANY_OF, path, root);
      int i = 0;
      for (JsonNode option : schema.get("anyOf")) {
        check(option, path + "/anyOf/" + i++, false);
      }
      return;
    }
    if (schema.has("$ref")) {
      keywords(schema, REF, path, root);
      if (!references.contains(schema.get("$ref").asText())) {
        violations.add(path + ": unresolved $ref " + schema.get("$ref"));
      }
      return;
    }
    String type = typeName(schema.get("type"), path);
    if (type == null) {
      return;
    }
    switch (type) {
      case "object" -> object(schema, path, root);
      case "array" -> {
        keywords(schema, ARRAY, path, root);
        check(schema.path("items"), path + "/items", false);
      }
      case "string" -> {
        keywords(schema, STRING, path, root);
        if (schema.has("format") && !FORMATS.contains(schema.get("format").asText())) {
          violations.add(path + ": format " + schema.get("format") + " not supported");
        }
      }
      case "integer", "number" -> keywords(schema, NUMBER, path, root);
      case "boolean" -> keywords(schema, BOOLEAN, path, root);
      case "null" -> keywords(schema, NULL, path, root);
      default -> violations.add(path + ": type " + type + " not supported");
    }
  }

  private void object(JsonNode schema, String path, boolean root) {
    keywords(schema, OBJECT, path, root);
    if (!schema.path("additionalProperties").isBoolean()
        || schema.get("additionalProperties").asBoolean()) {
      violations.add(path + ": additionalProperties must be false");
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (!required.contains(property.getKey())) {
        violations.add(path + ": property " + property.getKey() + " is not required");
      }
      check(property.getValue(), path + "/properties/" + property.getKey(), false);
    }
  }

  private String typeName(JsonNode type, String path) {
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray() && type.size() == 2) {
      String first = type.get(0).asText();
      String second = type.get(1).asText();
      if (second.equals("null") && !first.equals("null")) {
        return first;
      }
    }
    violations.add(path + ": type must be a name, or a name and \"null\": " + type);
    return null;
  }

  private void keywords(JsonNode schema, Set<String> allowed, String path, boolean root) {
    schema
        .fieldNames()
        .forEachRemaining(
            keyword -> {
              if (!allowed.contains(keyword) && !(root && ROOT_ONLY.contains(keyword))) {
                violations.add(path + ": keyword " + keyword + " not supported here");
              }
            });
  }
}
