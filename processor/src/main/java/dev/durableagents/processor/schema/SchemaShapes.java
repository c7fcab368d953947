package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** Small pieces of schema every kind of type uses: closed objects, nullability, descriptions. */
final class SchemaShapes {

  private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");

  private SchemaShapes() {}

  /** An object with these properties, all required, closed to others. */
  static JsonObject closedObject(String description, JsonObject properties, List<Object> required) {
    JsonObject object = Json.object();
    if (description != null) {
      object.put("description", description);
    }
    return object
        .put("type", "object")
        .put("properties", properties)
        .put("required", required)
        .put("additionalProperties", false);
  }

  /** Sets the description of a property's schema, replacing the type's own. */
  static JsonObject describe(JsonObject schema, String description) {
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }

  /**
   * The schema of the value or {@code null}: a scalar's type becomes {@code [type, "null"]}, any
   * other schema an {@code anyOf} with {@code {"type": "null"}}, as OpenAI strict mode expects.
   */
  static JsonObject nullable(JsonObject schema) {
    Object type = schema.get("type");
    if (type instanceof String t && SCALARS.contains(t) && !schema.has("enum")) {
      return schema.copy().put("type", Json.array(t, "null"));
    }
    if (type instanceof List<?> list && list.contains("null")) {
      return schema;
    }
    Object anyOf = schema.get("anyOf");
    if (anyOf instanceof List<?> list) {
      for (Object option : list) {
        if (option instanceof JsonObject o && "null".equals(o.get("type"))) {
          return schema;
        }
      }
      List<Object> options = new ArrayList<>(list);
      options.add(Json.object().put("type", "null"));
      return schema.copy().put("anyOf", options);
    }
    return Json.object().put("anyOf", Json.array(schema, Json.object().put("type", "null")));
  }

  /** A type's description: {@code @JsonClassDescription}, else its javadoc, else {@code null}. */
  static String classDescription(TypeElement type, Javadocs javadocs) {
    String description = JacksonAnnotations.classDescription(type);
    return description != null ? description : javadocs.description(type);
  }
}
