package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.JacksonAnnotations.SubType;
import dev.durableagents.processor.validation.ErrorMessages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Polymorphic types as Jackson 2 reads and writes them. The rule: a type with subtypes carries
 * {@code @JsonTypeInfo(use = Id.NAME)} (or {@code Id.SIMPLE_NAME}, {@code Id.CLASS}) with the
 * default {@code include = As.PROPERTY}, and lists its subtypes in {@code @JsonSubTypes}: Jackson 2
 * does not discover the permitted subclasses of a sealed type, so a permitted subclass missing from
 * {@code @JsonSubTypes} is an error (except with {@code Id.CLASS}, which needs no list). Its schema
 * is an {@code anyOf} of its concrete subtypes, each an object whose first property is the type id
 * (default {@code "@type"}, {@code "@class"} for {@code Id.CLASS}) with its one allowed value. A
 * concrete subtype used on its own gets the same object: Jackson writes and expects the id there
 * too.
 */
final class Polymorphism {

  /**
   * The {@code @JsonTypeInfo} that applies to a type.
   *
   * @param declaringType the type that carries it (the type itself or a supertype)
   * @param use the id kind: {@code NAME}, {@code SIMPLE_NAME} or {@code CLASS}
   * @param property the id property's name
   */
  record TypeInfo(TypeElement declaringType, String use, String property) {}

  /**
   * A concrete subtype.
   *
   * @param type the subtype, with type arguments inferred from the base type
   * @param id the type id Jackson writes for it
   */
  record Leaf(DeclaredType type, String id) {}

  private final Types types;
  private final Elements elements;
  private final TypeResolution resolution;

  Polymorphism(Types types, Elements elements, TypeResolution resolution) {
    this.types = types;
    this.elements = elements;
    this.resolution = resolution;
  }

  /**
   * The {@code @JsonTypeInfo} on {@code type} or the nearest supertype, or {@code null}.
   *
   * @throws UnsupportedTypeException if it is one this processor cannot describe
   */
  TypeInfo typeInfo(TypeElement type, String path) throws UnsupportedTypeException {
    Deque<TypeElement> queue = new ArrayDeque<>();
    Set<TypeElement> seen = new LinkedHashSet<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeElement t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      AnnotationMirror info = JacksonAnnotations.find(t, JacksonAnnotations.JSON_TYPE_INFO);
      if (info != null) {
        return typeInfo(t, info, path);
      }
      for (TypeMirror supertype : types.directSupertypes(t.asType())) {
        if (supertype.getKind() == TypeKind.DECLARED) {
          queue.add((TypeElement) types.asElement(supertype));
        }
      }
    }
    return null;
  }

  private static TypeInfo typeInfo(TypeElement declaring, AnnotationMirror info, String path)
      throws UnsupportedTypeException {
    String use = JacksonAnnotations.enumValue(info, "use");
    String include = JacksonAnnotations.enumValue(info, "include");
    if ("NONE".equals(use)) {
      return null;
    }
    boolean supportedUse = "NAME".equals(use) || "SIMPLE_NAME".equals(use) || "CLASS".equals(use);
    if (!supportedUse || (include != null && !"PROPERTY".equals(include))) {
      throw new UnsupportedTypeException(
          path,
          String.format(
              ErrorMessages.REASON_TYPE_INFO,
              "use = " + use + ", include = " + include,
              declaring.getQualifiedName()));
    }
    Object property = JacksonAnnotations.value(info, "property");
    String name =
        property instanceof String s && !s.isEmpty() ? s : "CLASS".equals(use) ? "@class" : "@type";
    return new TypeInfo(declaring, use, name);
  }

  /** Whether {@code type} is abstract: an interface or an abstract class. */
  static boolean isAbstract(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE
        || type.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** The type id Jackson writes for the concrete {@code type}. */
  String id(TypeElement type, TypeInfo info) {
    if ("CLASS".equals(info.use())) {
      return elements.getBinaryName(type).toString();
    }
    Deque<TypeElement> queue = new ArrayDeque<>();
    queue.add(type);
    Set<TypeElement> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      TypeElement t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      for (SubType subType : JacksonAnnotations.subTypes(t)) {
        if (subType.name() != null
            && types.isSameType(types.erasure(subType.type()), types.erasure(type.asType()))) {
          return subType.name();
        }
      }
      for (TypeMirror supertype : types.directSupertypes(t.asType())) {
        if (supertype.getKind() == TypeKind.DECLARED) {
          queue.add((TypeElement) types.asElement(supertype));
        }
      }
    }
    String typeName = JacksonAnnotations.typeName(type);
    if (typeName != null) {
      return typeName;
    }
    if ("SIMPLE_NAME".equals(info.use())) {
      return type.getSimpleName().toString();
    }
    String binary = elements.getBinaryName(type).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  /**
   * The concrete types a value of {@code base} can be, in declaration order: {@code base} itself if
   * it is concrete, then its subtypes from {@code @JsonSubTypes} and, if sealed, its permitted
   * subclasses, recursively.
   */
  List<Leaf> leaves(DeclaredType base, TypeInfo info, String path) throws UnsupportedTypeException {
    Map<String, Leaf> leaves = new LinkedHashMap<>();
    Set<TypeElement> registered = new LinkedHashSet<>();
    collect(base, base, info, registered, leaves, new LinkedHashSet<>(), path);
    TypeElement baseElement = (TypeElement) base.asElement();
    if (leaves.isEmpty()) {
      throw new UnsupportedTypeException(
          path, String.format(ErrorMessages.REASON_NO_SUBTYPES, baseElement.getQualifiedName()));
    }
    return new ArrayList<>(leaves.values());
  }

  private void collect(
      DeclaredType base,
      DeclaredType type,
      TypeInfo info,
      Set<TypeElement> registered,
      Map<String, Leaf> leaves,
      Set<TypeElement> visited,
      String path)
      throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    if (!visited.add(element)) {
      return;
    }
    if (!isAbstract(element)) {
      leaves.putIfAbsent(TypeResolution.key(type), new Leaf(type, id(element, info)));
    }
    List<TypeElement> candidates = new ArrayList<>();
    for (SubType subType : JacksonAnnotations.subTypes(element)) {
      TypeElement sub = subtype(subType.type(), path);
      registered.add(sub);
      candidates.add(sub);
    }
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      TypeElement sub = subtype(permitted, path);
      if (!candidates.contains(sub)) {
        candidates.add(sub);
      }
    }
    TypeElement baseElement = (TypeElement) base.asElement();
    for (TypeElement sub : candidates) {
      if (sub == element
          || !types.isSubtype(types.erasure(sub.asType()), types.erasure(baseElement.asType()))) {
        continue;
      }
      if (!"CLASS".equals(info.use()) && !isAbstract(sub) && !registered.contains(sub)) {
        throw new UnsupportedTypeException(
            path,
            String.format(
                ErrorMessages.REASON_SUBTYPE_NOT_LISTED,
                element.getQualifiedName(),
                sub.getQualifiedName(),
                info.declaringType().getQualifiedName()));
      }
      DeclaredType parameterized = resolution.parameterize(sub, base);
      if (parameterized == null) {
        throw new UnsupportedTypeException(
            path,
            String.format(
                ErrorMessages.REASON_GENERIC_SUBTYPE,
                sub.getQualifiedName(),
                baseElement.getQualifiedName(),
                base));
      }
      collect(base, parameterized, info, registered, leaves, visited, path);
    }
  }

  private TypeElement subtype(TypeMirror type, String path) throws MissingTypeException {
    if (type.getKind() != TypeKind.DECLARED) {
      throw new MissingTypeException(path, type.toString());
    }
    return (TypeElement) types.asElement(type);
  }
}
