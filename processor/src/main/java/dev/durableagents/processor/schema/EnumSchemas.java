package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import dev.durableagents.processor.validation.ErrorMessages;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Enums as Jackson writes them: the constants' names, or their {@code @JsonProperty} names. Enums
 * that Jackson writes or reads some other way ({@code @JsonValue}, a {@code @JsonCreator} factory,
 * {@code @JsonFormat}) are rejected.
 */
final class EnumSchemas {

  private EnumSchemas() {}

  /** A string schema with the enum's values, described by {@code description} if not null. */
  static JsonObject schema(TypeElement element, String description, String path)
      throws UnsupportedTypeException {
    JsonObject schema = Json.object();
    if (description != null) {
      schema.put("description", description);
    }
    return schema.put("type", "string").put("enum", constants(element, path));
  }

  /** The values Jackson writes for the enum's constants, in declaration order. */
  static List<Object> constants(TypeElement element, String path) throws UnsupportedTypeException {
    check(element, element, path);
    for (Element member : element.getEnclosedElements()) {
      check(element, member, path);
    }
    List<Object> constants = new ArrayList<>();
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        String renamed = JacksonAnnotations.propertyName(e);
        constants.add(renamed != null ? renamed : e.getSimpleName().toString());
      }
    }
    return constants;
  }

  private static void check(TypeElement element, Element annotated, String path)
      throws UnsupportedTypeException {
    String annotation = JacksonAnnotations.shapeChanging(annotated);
    if (annotation == null && JacksonAnnotations.has(annotated, JacksonAnnotations.JSON_CREATOR)) {
      annotation = "JsonCreator";
    }
    if (annotation == null && JacksonAnnotations.has(annotated, JacksonAnnotations.JSON_FORMAT)) {
      annotation = "JsonFormat";
    }
    if (annotation != null) {
      String where =
          annotated == element
              ? element.getQualifiedName().toString()
              : Accessors.describe(annotated) + " of " + element.getQualifiedName();
      throw new UnsupportedTypeException(
          path, String.format(ErrorMessages.REASON_JACKSON_ANNOTATION, annotation, where));
    }
  }
}
