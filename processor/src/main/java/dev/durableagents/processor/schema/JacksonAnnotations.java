package dev.durableagents.processor.schema;

import dev.durableagents.processor.validation.Annotations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The Jackson annotations that change a type's JSON, read by qualified name through {@link
 * AnnotationMirror}s: the processor does not depend on Jackson, and works whether or not the user's
 * code uses it.
 */
final class JacksonAnnotations {

  private static final String CORE = "com.fasterxml.jackson.annotation.";
  private static final String DATABIND = "com.fasterxml.jackson.databind.annotation.";

  static final String JSON_PROPERTY = CORE + "JsonProperty";
  static final String JSON_IGNORE = CORE + "JsonIgnore";
  static final String JSON_IGNORE_PROPERTIES = CORE + "JsonIgnoreProperties";
  static final String JSON_IGNORE_TYPE = CORE + "JsonIgnoreType";
  static final String JSON_PROPERTY_DESCRIPTION = CORE + "JsonPropertyDescription";
  static final String JSON_CLASS_DESCRIPTION = CORE + "JsonClassDescription";
  static final String JSON_CREATOR = CORE + "JsonCreator";
  static final String JSON_TYPE_INFO = CORE + "JsonTypeInfo";
  static final String JSON_SUB_TYPES = CORE + "JsonSubTypes";
  static final String JSON_TYPE_NAME = CORE + "JsonTypeName";
  static final String JSON_FORMAT = CORE + "JsonFormat";

  /**
   * Annotations that give a type or property a JSON shape of its own, which no schema generated
   * from the Java type can describe.
   */
  static final List<String> SHAPE_CHANGING =
      List.of(
          CORE + "JsonValue",
          CORE + "JsonUnwrapped",
          CORE + "JsonAnyGetter",
          CORE + "JsonAnySetter",
          CORE + "JsonRawValue",
          CORE + "JsonIdentityInfo",
          CORE + "JsonIdentityReference",
          CORE + "JsonAutoDetect",
          CORE + "JsonKey",
          DATABIND + "JsonSerialize",
          DATABIND + "JsonDeserialize",
          DATABIND + "JsonNaming",
          DATABIND + "JsonPOJOBuilder",
          DATABIND + "JsonTypeResolver",
          DATABIND + "JsonTypeIdResolver");

  private JacksonAnnotations() {}

  /** The annotation named {@code name} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String name) {
    return Annotations.find(element, name);
  }

  /** Whether {@code element} carries the annotation named {@code name}. */
  static boolean has(Element element, String name) {
    return find(element, name) != null;
  }

  /** The first shape-changing annotation on {@code element}, by simple name, or {@code null}. */
  static String shapeChanging(Element element) {
    for (String name : SHAPE_CHANGING) {
      if (has(element, name)) {
        return name.substring(name.lastIndexOf('.') + 1);
      }
    }
    return null;
  }

  /** Whether {@code @JsonIgnore} (with its default {@code true}) is on {@code element}. */
  static boolean ignored(Element element) {
    AnnotationMirror ignore = find(element, JSON_IGNORE);
    return ignore != null && !Boolean.FALSE.equals(value(ignore, "value"));
  }

  /** The non-empty name of {@code @JsonProperty} on {@code element}, or {@code null}. */
  static String propertyName(Element element) {
    AnnotationMirror property = find(element, JSON_PROPERTY);
    if (property == null) {
      return null;
    }
    Object name = value(property, "value");
    return name instanceof String s && !s.isEmpty() ? s : null;
  }

  /** The non-empty text of {@code @JsonPropertyDescription}, or {@code null}. */
  static String propertyDescription(Element element) {
    return nonEmptyString(find(element, JSON_PROPERTY_DESCRIPTION), "value");
  }

  /** The non-empty text of {@code @JsonClassDescription}, or {@code null}. */
  static String classDescription(Element element) {
    return nonEmptyString(find(element, JSON_CLASS_DESCRIPTION), "value");
  }

  /** The non-empty {@code @JsonTypeName} of {@code type}, or {@code null}. */
  static String typeName(TypeElement type) {
    return nonEmptyString(find(type, JSON_TYPE_NAME), "value");
  }

  /** The property names listed in {@code @JsonIgnoreProperties} on {@code type}. */
  static List<String> ignoredProperties(TypeElement type) {
    List<String> names = new ArrayList<>();
    AnnotationMirror ignore = find(type, JSON_IGNORE_PROPERTIES);
    if (ignore != null && value(ignore, "value") instanceof List<?> list) {
      for (Object v : list) {
        names.add(String.valueOf(((AnnotationValue) v).getValue()));
      }
    }
    return names;
  }

  /**
   * One entry of {@code @JsonSubTypes}.
   *
   * @param type the subtype
   * @param name its type id, or {@code null} if not given there
   */
  record SubType(TypeMirror type, String name) {}

  /** The entries of {@code @JsonSubTypes} on {@code type}, in order. */
  static List<SubType> subTypes(TypeElement type) {
    List<SubType> subTypes = new ArrayList<>();
    AnnotationMirror annotation = find(type, JSON_SUB_TYPES);
    if (annotation != null && value(annotation, "value") instanceof List<?> list) {
      for (Object v : list) {
        AnnotationMirror entry = (AnnotationMirror) ((AnnotationValue) v).getValue();
        subTypes.add(
            new SubType((TypeMirror) value(entry, "value"), nonEmptyString(entry, "name")));
      }
    }
    return subTypes;
  }

  /** The name of the enum constant {@code member} of {@code annotation}, or {@code null}. */
  static String enumValue(AnnotationMirror annotation, String member) {
    Object value = value(annotation, member);
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
  }

  /**
   * A member's value, explicit or default, or {@code null} if the annotation has no such member.
   */
  static Object value(AnnotationMirror annotation, String member) {
    for (Element e : annotation.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)) {
        return Annotations.value(annotation, member);
      }
    }
    return null;
  }

  /** Whether any of the constructs carries an annotation whose simple name is {@code Nullable}. */
  static boolean nullable(AnnotatedConstruct... constructs) {
    for (AnnotatedConstruct construct : constructs) {
      if (construct == null) {
        continue;
      }
      for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
        if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String nonEmptyString(AnnotationMirror annotation, String member) {
    if (annotation == null) {
      return null;
    }
    Object value = value(annotation, member);
    return value instanceof String s && !s.isEmpty() ? s : null;
  }
}
