package dev.durableagents.processor.schema;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether generated code and Jackson can reach a type: not local or anonymous, not private, not an
 * inner (non-static) class, and not nested in a type that is one of these.
 */
public final class Accessibility {

  private Accessibility() {}

  /** Why {@code type} cannot be reached, e.g. {@code "private"}, or {@code null} if it can. */
  public static String problem(TypeElement type) {
    Element e = type;
    while (e instanceof TypeElement t) {
      NestingKind nesting = t.getNestingKind();
      String which = t == type ? "" : " (nested in " + t.getQualifiedName() + ")";
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return "a local class" + which;
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return "private" + which;
      }
      if (nesting == NestingKind.MEMBER
          && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC)
          && t.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
        return "an inner (non-static) class" + which;
      }
      e = e.getEnclosingElement();
    }
    return null;
  }

  /**
   * The first type in {@code type} (itself, its type arguments, its array components) that cannot
   * be reached, or {@code null}.
   */
  public static TypeElement firstUnreachable(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return firstUnreachable(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (problem(element) != null) {
      return element;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      TypeElement unreachable = firstUnreachable(argument);
      if (unreachable != null) {
        return unreachable;
      }
    }
    return null;
  }
}
