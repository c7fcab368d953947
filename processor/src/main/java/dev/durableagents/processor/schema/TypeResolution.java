package dev.durableagents.processor.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/** Type arguments seen through supertypes and subtypes, and stable keys for types. */
final class TypeResolution {

  private final Types types;

  TypeResolution(Types types) {
    this.types = types;
  }

  /**
   * A key that names a type with its type arguments and ignores type annotations, so {@code
   * List<@Nullable Item>} and {@code List<Item>} share one.
   */
  static String key(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return key(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind() == TypeKind.TYPEVAR
          ? ((TypeVariable) type).asElement().getSimpleName().toString()
          : type.getKind().isPrimitive()
              ? type.getKind().name().toLowerCase(java.util.Locale.ROOT)
              : type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    StringJoiner args = new StringJoiner(",", name + "<", ">");
    declared.getTypeArguments().forEach(a -> args.add(key(a)));
    return args.toString();
  }

  /**
   * The type arguments {@code type} gives the supertype named {@code superName} (for example the
   * element type of a {@code Collection}), or {@code null} if it is not a subtype or is raw.
   */
  List<? extends TypeMirror> supertypeArguments(DeclaredType type, String superName) {
    Deque<TypeMirror> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeMirror t = queue.poll();
      if (t.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType d = (DeclaredType) t;
      if (((TypeElement) d.asElement()).getQualifiedName().contentEquals(superName)) {
        return d.getTypeArguments().isEmpty() ? null : keepAnnotations(d.getTypeArguments(), type);
      }
      queue.addAll(types.directSupertypes(t));
    }
    return null;
  }

  /**
   * Substitution drops type annotations ({@code List<@Nullable String>} is a {@code
   * Collection<String>}), so an argument that is one of {@code type}'s own is taken from there.
   */
  private List<TypeMirror> keepAnnotations(
      List<? extends TypeMirror> arguments, DeclaredType type) {
    List<TypeMirror> kept = new ArrayList<>();
    for (TypeMirror argument : arguments) {
      TypeMirror own = argument;
      for (TypeMirror original : type.getTypeArguments()) {
        if (types.isSameType(original, argument)) {
          own = original;
          break;
        }
      }
      kept.add(own);
    }
    return kept;
  }

  /**
   * The parameterization of {@code subtype} that is a subtype of {@code base}: for {@code record
   * Ok<T>(T value) implements Result<T>} and {@code Result<String>}, {@code Ok<String>}. Returns
   * {@code null} if the subtype's type arguments cannot be inferred that way.
   */
  DeclaredType parameterize(TypeElement subtype, DeclaredType base) {
    if (subtype.getTypeParameters().isEmpty()) {
      return (DeclaredType) subtype.asType();
    }
    TypeElement baseElement = (TypeElement) base.asElement();
    List<? extends TypeMirror> declared =
        supertypeArguments(
            (DeclaredType) subtype.asType(), baseElement.getQualifiedName().toString());
    if (declared == null || declared.size() != base.getTypeArguments().size()) {
      return null;
    }
    Map<Element, TypeMirror> bindings = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      TypeMirror variable = declared.get(i);
      if (variable.getKind() != TypeKind.TYPEVAR) {
        continue;
      }
      bindings.put(((TypeVariable) variable).asElement(), base.getTypeArguments().get(i));
    }
    TypeMirror[] arguments = new TypeMirror[subtype.getTypeParameters().size()];
    for (int i = 0; i < arguments.length; i++) {
      TypeParameterElement parameter = subtype.getTypeParameters().get(i);
      arguments[i] = bindings.get(parameter);
      if (arguments[i] == null) {
        return null;
      }
    }
    return types.getDeclaredType(subtype, arguments);
  }
}
