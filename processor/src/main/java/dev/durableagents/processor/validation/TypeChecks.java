package dev.durableagents.processor.validation;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

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
}
