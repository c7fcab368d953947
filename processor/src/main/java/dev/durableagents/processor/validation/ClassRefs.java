package dev.durableagents.processor.validation;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks on classes named in annotation attributes ({@code inputFilter = X.class}): that generated
 * code can instantiate them and that they implement the runtime interface they must.
 */
final class ClassRefs {

  static final String RUNTIME = "dev.durableagents.runtime.";

  private final Elements elements;
  private final Types types;

  ClassRefs(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The class a {@code Class}-valued attribute names, or {@code null} for {@code void.class}. */
  TypeElement classOf(TypeMirror value) {
    if (value == null || value.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) types.asElement(value);
  }

  /** Whether generated code can write {@code new X()}. */
  boolean isInstantiable(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || !TypeChecks.isPublic(type)
        || !TypeChecks.isReachable(type)) {
      return false;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    return constructors.stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  /**
   * Whether {@code type} implements the interface named {@code qualifiedName}; false too when that
   * interface is not on the classpath.
   */
  boolean implementsInterface(TypeElement type, String qualifiedName) {
    TypeElement iface = elements.getTypeElement(qualifiedName);
    return iface != null
        && types.isAssignable(types.erasure(type.asType()), types.erasure(iface.asType()));
  }

  /**
   * The type argument {@code index} with which {@code type} implements the generic interface named
   * {@code qualifiedName}, or {@code null} when it does not, or implements it raw.
   */
  TypeMirror typeArgument(TypeMirror type, String qualifiedName, int index) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        List<? extends TypeMirror> args = declared.getTypeArguments();
        return args.size() > index ? args.get(index) : null;
      }
      TypeMirror found = typeArgument(supertype, qualifiedName, index);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Whether a value of {@code from} can be returned where {@code to} is declared, boxing allowed.
   */
  boolean isAssignable(TypeMirror from, TypeMirror to) {
    return types.isAssignable(box(from), box(to));
  }

  TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
        : type;
  }
}
