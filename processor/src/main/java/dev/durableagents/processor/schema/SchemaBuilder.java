package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import dev.durableagents.processor.schema.Polymorphism.Leaf;
import dev.durableagents.processor.schema.Polymorphism.TypeInfo;
import dev.durableagents.processor.validation.ErrorMessages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Builds one schema (a tool's arguments, or an output) from Java types. Records, beans and
 * polymorphic types that refer to themselves are written once under {@code $defs} and referred to
 * with {@code $ref}; everything else is inlined. Recursion is found on the way: when a type is met
 * again inside itself, the build is marked and the {@link SchemaGenerator} runs it again with that
 * type known to be recursive.
 */
final class SchemaBuilder {

  private final SchemaGenerator.Tools tools;
  private final boolean strict;
  private final Set<String> recursive;
  private final Set<String> discovered = new LinkedHashSet<>();
  private final Deque<String> inline = new ArrayDeque<>();
  private final Map<String, String> defNames = new LinkedHashMap<>();
  private final Map<String, JsonObject> defs = new LinkedHashMap<>();

  SchemaBuilder(SchemaGenerator.Tools tools, boolean strict, Set<String> recursive) {
    this.tools = tools;
    this.strict = strict;
    this.recursive = recursive;
  }

  /** The recursive types found in this build that were not known before it. */
  Set<String> discovered() {
    return discovered;
  }

  /** Adds the collected definitions to the root schema. */
  JsonObject withDefs(JsonObject root) {
    if (!defs.isEmpty()) {
      JsonObject all = Json.object();
      defs.forEach(all::put);
      root.put("$defs", all);
    }
    return root;
  }

  /** An object with these properties, all required, closed to others. */
  JsonObject object(List<SchemaGenerator.Property> properties, String path)
      throws UnsupportedTypeException {
    JsonObject props = Json.object();
    List<Object> required = new ArrayList<>();
    for (SchemaGenerator.Property p : properties) {
      String childPath = BeanProperties.join(path, p.name());
      JsonObject schema = schema(p.type(), childPath);
      props.put(
          p.name(),
          SchemaShapes.describe(
              p.nullable() ? SchemaShapes.nullable(schema) : schema, p.description()));
      required.add(p.name());
    }
    return SchemaShapes.closedObject(null, props, required);
  }

  /**
   * The schema of {@code type} as the root of an output: a record or bean is inlined even if it is
   * recursive, since the root of a strict schema must be an object.
   */
  JsonObject root(TypeMirror type) throws UnsupportedTypeException {
    if (type.getKind() == TypeKind.DECLARED && isBean((DeclaredType) type)) {
      checkStructured((DeclaredType) type, "");
      String key = TypeResolution.key(type);
      inline.push(key);
      try {
        return structuredBody((DeclaredType) type, "");
      } finally {
        inline.pop();
      }
    }
    return schema(type, "");
  }

  /** The schema of a value of {@code type} at {@code path}. */
  JsonObject schema(TypeMirror type, String path) throws UnsupportedTypeException {
    JsonObject schema = bare(type, path);
    if (!type.getKind().isPrimitive() && JacksonAnnotations.nullable(type)) {
      schema = SchemaShapes.nullable(schema);
    }
    return schema;
  }

  private JsonObject bare(TypeMirror type, String path) throws UnsupportedTypeException {
    switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR:
        return WellKnownTypes.primitive(type.getKind());
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return WellKnownTypes.bytes(strict);
        }
        if (component.getKind() == TypeKind.CHAR) {
          return Json.object().put("type", "string");
        }
        return array(component, path);
      case DECLARED:
        return declared((DeclaredType) type, path);
      case ERROR:
        throw new MissingTypeException(path, type.toString());
      case TYPEVAR:
        throw unsupported(path, ErrorMessages.REASON_TYPE_VARIABLE, type);
      case WILDCARD:
        throw unsupported(path, ErrorMessages.REASON_WILDCARD, type);
      default:
        throw unsupported(path, ErrorMessages.REASON_NO_SCHEMA, type);
    }
  }

  private JsonObject declared(DeclaredType type, String path) throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    JsonObject scalar = WellKnownTypes.declared(name, strict);
    if (scalar != null) {
      return WellKnownTypes.isOptionalScalar(name) ? SchemaShapes.nullable(scalar) : scalar;
    }
    if (name.equals("java.util.Optional")) {
      return SchemaShapes.nullable(schema(argument(type, 0, path), path));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return EnumSchemas.schema(element, classDescription(element), path);
    }
    List<? extends TypeMirror> items =
        tools.resolution.supertypeArguments(type, "java.util.Collection");
    if (items != null || tools.isSubtype(type, "java.util.Collection")) {
      return array(items == null ? rawType(type, path) : items.get(0), path);
    }
    if (tools.isSubtype(type, "java.util.Map")) {
      return map(type, path);
    }
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")) {
      throw unsupported(path, ErrorMessages.REASON_NO_SCHEMA, name);
    }
    checkStructured(type, path);
    return structured(type, path);
  }

  /** Rejects a record, bean or polymorphic type that Jackson or generated code cannot use. */
  private void checkStructured(DeclaredType type, String path) throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    String problem = Accessibility.problem(element);
    if (problem != null) {
      throw unsupported(
          path, ErrorMessages.REASON_NOT_ACCESSIBLE, element.getQualifiedName(), problem);
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      rawType(type, path);
    }
  }

  /** A record, bean or polymorphic type: inline, or a reference to its definition if recursive. */
  private JsonObject structured(DeclaredType type, String path) throws UnsupportedTypeException {
    String key = TypeResolution.key(type);
    if (recursive.contains(key)) {
      String name = defName(key, type);
      if (!defs.containsKey(name)) {
        defs.put(name, null);
        defs.put(name, structuredBody(type, path));
      }
      return Json.object().put("$ref", "#/$defs/" + name);
    }
    if (inline.contains(key)) {
      discovered.add(key);
      return Json.object().put("$ref", "#/$defs/" + key);
    }
    inline.push(key);
    try {
      return structuredBody(type, path);
    } finally {
      inline.pop();
    }
  }

  private JsonObject structuredBody(DeclaredType type, String path)
      throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    TypeInfo info = tools.polymorphism.typeInfo(element, path);
    if (info == null) {
      if (Polymorphism.isAbstract(element)) {
        throw unsupported(path, ErrorMessages.REASON_ABSTRACT, element.getQualifiedName());
      }
      return bean(type, null, null, path);
    }
    List<Leaf> leaves = tools.polymorphism.leaves(type, info, path);
    String key = TypeResolution.key(type);
    if (leaves.size() == 1 && TypeResolution.key(leaves.get(0).type()).equals(key)) {
      return bean(type, info.property(), leaves.get(0).id(), path);
    }
    List<Object> anyOf = new ArrayList<>();
    for (Leaf leaf : leaves) {
      anyOf.add(
          TypeResolution.key(leaf.type()).equals(key)
              ? bean(type, info.property(), leaf.id(), path)
              : structured(leaf.type(), path));
    }
    JsonObject union = Json.object();
    String description = classDescription(element);
    if (description != null) {
      union.put("description", description);
    }
    return union.put("anyOf", anyOf);
  }

  /** Whether {@code type} is written as a JSON object with fixed properties. */
  boolean isBean(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS) {
      return false;
    }
    if (name.startsWith("java.")
        || name.startsWith("javax.")
        || JacksonAnnotations.nullable(type)) {
      return false;
    }
    if (tools.isSubtype(type, "java.util.Collection") || tools.isSubtype(type, "java.util.Map")) {
      return false;
    }
    try {
      TypeInfo info = tools.polymorphism.typeInfo(element, "");
      return info == null
          ? !Polymorphism.isAbstract(element)
          : tools.polymorphism.leaves(type, info, "").size() == 1
              && !Polymorphism.isAbstract(element);
    } catch (UnsupportedTypeException e) {
      return false;
    }
  }

  private JsonObject bean(DeclaredType type, String idProperty, String id, String path)
      throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    JsonObject props = Json.object();
    List<Object> required = new ArrayList<>();
    if (idProperty != null) {
      props.put(idProperty, Json.object().put("type", "string").put("enum", Json.array(id)));
      required.add(idProperty);
    }
    for (BeanProperty p : tools.beans.of(type, path)) {
      String childPath = BeanProperties.join(path, p.name());
      if (p.name().equals(idProperty)) {
        throw unsupported(
            childPath, ErrorMessages.REASON_TYPE_ID_CLASH, p.name(), element.getQualifiedName());
      }
      JsonObject schema;
      if (p.formatShape() == null) {
        schema = schema(p.type(), childPath);
      } else {
        schema = WellKnownTypes.formatted(p.type(), p.formatShape());
        if (schema == null) {
          throw unsupported(
              childPath, ErrorMessages.REASON_JSON_FORMAT, Accessors.describe(p.element()));
        }
      }
      props.put(
          p.name(),
          SchemaShapes.describe(
              p.nullable() ? SchemaShapes.nullable(schema) : schema, p.description()));
      required.add(p.name());
    }
    return SchemaShapes.closedObject(classDescription(element), props, required);
  }

  private JsonObject array(TypeMirror items, String path) throws UnsupportedTypeException {
    return Json.object().put("type", "array").put("items", schema(items, path + "[]"));
  }

  private JsonObject map(DeclaredType type, String path) throws UnsupportedTypeException {
    List<? extends TypeMirror> arguments =
        tools.resolution.supertypeArguments(type, "java.util.Map");
    if (arguments == null) {
      rawType(type, path);
    }
    JsonObject keys = mapKeys(arguments.get(0), type, path);
    JsonObject values = schema(arguments.get(1), path + "{}");
    if (strict) {
      throw new UnsupportedTypeException(
          path, String.format(ErrorMessages.REASON_MAP_STRICT, type), true);
    }
    JsonObject schema = Json.object().put("type", "object");
    if (keys != null) {
      schema.put("propertyNames", keys);
    }
    return schema.put("additionalProperties", values);
  }

  /** What the keys of a map look like, {@code null} for any string. */
  private JsonObject mapKeys(TypeMirror key, DeclaredType map, String path)
      throws UnsupportedTypeException {
    if (key.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) key).asElement();
      String name = element.getQualifiedName().toString();
      switch (name) {
        case "java.lang.String", "java.lang.CharSequence":
          return null;
        case "java.lang.Byte",
        "java.lang.Short",
        "java.lang.Integer",
        "java.lang.Long",
        "java.math.BigInteger":
          return Json.object().put("pattern", "^-?[0-9]+$");
        case "java.util.UUID":
          return Json.object().put("format", "uuid");
        default:
          if (element.getKind() == ElementKind.ENUM) {
            return Json.object().put("enum", EnumSchemas.constants(element, path));
          }
      }
    }
    if (key.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(path, key.toString());
    }
    throw unsupported(path, ErrorMessages.REASON_MAP_KEY, map);
  }

  private TypeMirror argument(DeclaredType type, int index, String path)
      throws UnsupportedTypeException {
    if (type.getTypeArguments().size() <= index) {
      return rawType(type, path);
    }
    return type.getTypeArguments().get(index);
  }

  private TypeMirror rawType(DeclaredType type, String path) throws UnsupportedTypeException {
    throw unsupported(path, ErrorMessages.REASON_RAW_TYPE, tools.types.erasure(type));
  }

  private String defName(String key, DeclaredType type) {
    String existing = defNames.get(key);
    if (existing != null) {
      return existing;
    }
    String base = simpleName(type).replaceAll("[^A-Za-z0-9_]", "_");
    String name = base;
    for (int i = 2; defNames.containsValue(name); i++) {
      name = base + "_" + i;
    }
    defNames.put(key, name);
    return name;
  }

  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleName(((ArrayType) type).getComponentType()) + "Array";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return TypeResolution.key(type);
    }
    DeclaredType declared = (DeclaredType) type;
    StringBuilder name = new StringBuilder(declared.asElement().getSimpleName());
    declared.getTypeArguments().forEach(a -> name.append('_').append(simpleName(a)));
    return name.toString();
  }

  private String classDescription(TypeElement element) {
    return SchemaShapes.classDescription(element, tools.javadocs);
  }

  private static UnsupportedTypeException unsupported(String path, String reason, Object... args) {
    return new UnsupportedTypeException(path, String.format(reason, args));
  }
}
