package dev.durableagents.processor.validation;

import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Checks shared by agent and tool set validation. */
final class TypeChecks {

  private TypeChecks() {}

  /**
   * Whether generated code in the same package can name {@code type}: it is not local, and neither
   * it nor an enclosing type is private or an inner (non-static) class.
   */
  static boolean isReachable(TypeElement type) {
    Element e = type;
    while (e instanceof TypeElement t) {
      NestingKind nesting = t.getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return false;
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (nesting == NestingKind.MEMBER
          && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC)) {
        return false;
      }
      e = e.getEnclosingElement();
    }
    return true;
  }

  /** Whether {@code type} and every type enclosing it are public. */
  static boolean isPublic(TypeElement type) {
    Element e = type;
    while (e instanceof TypeElement t) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      e = e.getEnclosingElement();
    }
    return true;
  }

  /** Whether {@code type}, or a type argument or array component in it, is not resolved yet. */
  static boolean hasErrorType(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> hasErrorType(((ArrayType) type).getComponentType());
      case DECLARED ->
          ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeChecks::hasErrorType);
      default -> false;
    };
  }

  /**
   * Whether reading a value of {@code type} with Jackson needs a {@code TypeReference}, not a class
   * literal: it has type arguments somewhere ({@code List<Item>}, {@code Optional<String>[]}).
   */
  static boolean needsTypeReference(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> needsTypeReference(((ArrayType) type).getComponentType());
      case DECLARED -> !((DeclaredType) type).getTypeArguments().isEmpty();
      default -> false;
    };
  }

  /**
   * Whether the element or its type carries an annotation named {@code Nullable}, of any package.
   */
  static boolean isNullable(Element element) {
    for (AnnotatedConstruct construct : new AnnotatedConstruct[] {element, element.asType()}) {
      for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
        if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }
}
