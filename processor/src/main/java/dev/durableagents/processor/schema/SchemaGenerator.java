package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates JSON schemas from {@link TypeMirror}s at compile time. In strict mode the schemas are
 * what OpenAI's structured outputs accept: every object closed with {@code additionalProperties:
 * false}, every property required, optional values expressed as a union with {@code null}.
 */
public final class SchemaGenerator {

  private final Types types;
  private final Elements elements;
  private final Javadocs javadocs;

  public SchemaGenerator(ProcessingEnvironment env, Javadocs javadocs) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.javadocs = javadocs;
  }

  /**
   * A property of an object schema.
   *
   * @param name the JSON name
   * @param type the Java type
   * @param description the description, or {@code null}
   */
  public record Property(String name, TypeMirror type, String description) {}

  /** The schema of an object with these properties, such as a tool's arguments. */
  public JsonObject objectSchema(List<Property> properties, boolean strict)
      throws UnsupportedTypeException {
    return object(properties, null, strict, new HashSet<>(), "");
  }

  /** The schema of a value of {@code type}, for example an agent's output. */
  public JsonObject valueSchema(TypeMirror type, String path, boolean strict)
      throws UnsupportedTypeException {
    return schema(type, path, strict, new HashSet<>());
  }

  /** Whether values of {@code type} are written as JSON objects (else outputs are wrapped). */
  public boolean isObject(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) types.asElement(type);
    return element.getKind() == ElementKind.RECORD;
  }

  private JsonObject object(
      List<Property> properties,
      String description,
      boolean strict,
      Set<String> visiting,
      String path)
      throws UnsupportedTypeException {
    JsonObject props = Json.object();
    List<Object> required = new ArrayList<>();
    for (Property p : properties) {
      String childPath = path.isEmpty() ? p.name() : path + "." + p.name();
      JsonObject schema = schema(p.type(), childPath, strict, visiting);
      if (p.description() != null) {
        schema.put("description", p.description());
      }
      props.put(p.name(), schema);
      required.add(p.name());
    }
    JsonObject object = Json.object();
    if (description != null) {
      object.put("description", description);
    }
    object.put("type", "object").put("properties", props);
    object.put("required", required);
    object.put("additionalProperties", false);
    return object;
  }

  private JsonObject schema(TypeMirror type, String path, boolean strict, Set<String> visiting)
      throws UnsupportedTypeException {
    switch (type.getKind()) {
      case BOOLEAN:
        return Json.object().put("type", "boolean");
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return Json.object().put("type", "integer");
      case FLOAT:
      case DOUBLE:
        return Json.object().put("type", "number");
      case CHAR:
        return Json.object().put("type", "string");
      case ARRAY:
        return array(((ArrayType) type).getComponentType(), path, strict, visiting);
      case DECLARED:
        return declared((DeclaredType) type, path, strict, visiting);
      case TYPEVAR:
        throw new UnsupportedTypeException(
            path, "type variable " + type + " has no schema; use a concrete type");
      case WILDCARD:
        throw new UnsupportedTypeException(
            path, "wildcard " + type + " has no schema; use a concrete type argument");
      default:
        throw new UnsupportedTypeException(path, "type " + type + " has no JSON schema");
    }
  }

  private JsonObject declared(DeclaredType type, String path, boolean strict, Set<String> visiting)
      throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
      case "java.lang.CharSequence":
      case "java.lang.Character":
        return Json.object().put("type", "string");
      case "java.lang.Boolean":
        return Json.object().put("type", "boolean");
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.math.BigInteger":
        return Json.object().put("type", "integer");
      case "java.lang.Float":
      case "java.lang.Double":
      case "java.math.BigDecimal":
        return Json.object().put("type", "number");
      case "java.util.Optional":
        return nullable(schema(typeArgument(type, 0, path), path, strict, visiting));
      case "java.lang.Object":
        throw new UnsupportedTypeException(
            path, "Object has no schema; use a record, an enum, a String or a primitive");
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<Object> constants = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      return Json.object().put("type", "string").put("enum", constants);
    }
    if (isAssignable(type, "java.util.Collection")) {
      return array(typeArgument(type, 0, path), path, strict, visiting);
    }
    if (isAssignable(type, "java.util.Map")) {
      throw new UnsupportedTypeException(
          path, "maps are not supported in tool schemas yet; use a List of records instead");
    }
    if (element.getKind() == ElementKind.RECORD) {
      return record(type, element, path, strict, visiting);
    }
    throw new UnsupportedTypeException(
        path,
        "type "
            + name
            + " is not supported in a schema; use a String, a primitive or its box, an enum, a"
            + " record, a List/Set or an array of these");
  }

  private JsonObject record(
      DeclaredType type, TypeElement element, String path, boolean strict, Set<String> visiting)
      throws UnsupportedTypeException {
    String key = type.toString();
    if (!visiting.add(key)) {
      throw new UnsupportedTypeException(
          path, "recursive type " + key + " is not supported in a schema yet");
    }
    Map<String, String> docs = javadocs.paramDescriptions(element);
    List<Property> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      TypeMirror componentType =
          ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
      String componentName = component.getSimpleName().toString();
      properties.add(new Property(componentName, componentType, docs.get(componentName)));
    }
    JsonObject schema =
        object(properties, javadocs.description(element), strict, visiting, path);
    visiting.remove(key);
    return schema;
  }

  private JsonObject array(TypeMirror items, String path, boolean strict, Set<String> visiting)
      throws UnsupportedTypeException {
    return Json.object().put("type", "array").put("items", schema(items, path + "[]", strict, visiting));
  }

  private TypeMirror typeArgument(DeclaredType type, int index, String path)
      throws UnsupportedTypeException {
    if (type.getTypeArguments().size() <= index) {
      throw new UnsupportedTypeException(
          path,
          "raw type "
              + types.erasure(type)
              + " has no schema; give its type argument, e.g. List<String>");
    }
    return type.getTypeArguments().get(index);
  }

  private boolean isAssignable(DeclaredType type, String superName) {
    TypeElement superElement = elements.getTypeElement(superName);
    return superElement != null
        && types.isAssignable(types.erasure(type), types.erasure(superElement.asType()));
  }

  private static JsonObject nullable(JsonObject schema) {
    Object type = schema.get("type");
    if (type instanceof String t && !schema.has("enum")) {
      JsonObject copy = schema.copy();
      copy.put("type", Json.array(t, "null"));
      return copy;
    }
    return Json.object().put("anyOf", Json.array(schema, Json.object().put("type", "null")));
  }
}
