package dev.durableagents.processor.schema;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The accessors Jackson finds for one property name: fields, getters, setters, creator parameters
 * and record components, as its default visibility rules see them (public getters and fields, any
 * setter, fields that carry {@code @JsonProperty}).
 */
final class Accessors {

  /**
   * One accessor.
   *
   * @param element the field, method, parameter or record component
   * @param type its value type, resolved against the bean's type arguments
   * @param visible whether Jackson uses it without being told to
   */
  record Accessor(Element element, TypeMirror type, boolean visible) {}

  final List<Accessor> fields = new ArrayList<>();
  final List<Accessor> getters = new ArrayList<>();
  final List<Accessor> setters = new ArrayList<>();
  final List<Accessor> creatorParameters = new ArrayList<>();
  final List<Element> components = new ArrayList<>();

  /** Every accessor's element, fields first. */
  List<Element> elements() {
    List<Element> all = new ArrayList<>(components);
    fields.forEach(a -> all.add(a.element()));
    getters.forEach(a -> all.add(a.element()));
    setters.forEach(a -> all.add(a.element()));
    creatorParameters.forEach(a -> all.add(a.element()));
    return all;
  }

  /** Merges another name's accessors into these (both were renamed to the same name). */
  void addAll(Accessors other) {
    fields.addAll(other.fields);
    getters.addAll(other.getters);
    setters.addAll(other.setters);
    creatorParameters.addAll(other.creatorParameters);
    components.addAll(other.components);
  }

  /** Whether Jackson writes this property: it has a visible getter or field. */
  boolean readable() {
    return getters.stream().anyMatch(Accessor::visible)
        || fields.stream().anyMatch(Accessor::visible);
  }

  /**
   * Whether Jackson reads this property: through a creator parameter, a setter, a visible field,
   * or, for a property it writes, any field of that name (Jackson infers field mutators) or the
   * getter of a collection or map it can add to.
   */
  boolean writable(boolean containerGetter) {
    return !creatorParameters.isEmpty()
        || !setters.isEmpty()
        || fields.stream().anyMatch(Accessor::visible)
        || (readable() && (!fields.isEmpty() || containerGetter));
  }

  /**
   * The type Jackson reads the property as: the creator's, the setter's, the field's, the getter's.
   */
  TypeMirror readType() {
    for (List<Accessor> list : List.of(creatorParameters, setters, fields, getters)) {
      if (!list.isEmpty()) {
        return list.get(0).type();
      }
    }
    throw new IllegalStateException("no accessor");
  }

  /** The getter Jackson writes the property with, or {@code null}. */
  Accessor visibleGetter() {
    return getters.stream().filter(Accessor::visible).findFirst().orElse(null);
  }

  /** A readable description of an accessor for messages, e.g. {@code getName()}. */
  static String describe(Element element) {
    if (element.getKind() == ElementKind.CONSTRUCTOR) {
      return "constructor " + element.getEnclosingElement().getSimpleName() + "(...)";
    }
    if (element instanceof ExecutableElement method) {
      return method.getSimpleName() + "()";
    }
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      return "component " + element.getSimpleName();
    }
    if (element instanceof VariableElement v
        && v.getEnclosingElement() instanceof ExecutableElement owner) {
      return "parameter " + v.getSimpleName() + " of " + describe(owner);
    }
    return "field " + element.getSimpleName();
  }

  /**
   * The property name Jackson derives from a getter's or setter's name ({@code getURLValue} gives
   * {@code urlvalue}: Jackson 2 lower-cases the whole leading run of capitals), or {@code null} if
   * the method is not named like one.
   */
  static String beanName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int params = method.getParameters().size();
    TypeMirror returns = method.getReturnType();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    if (params == 0 && returns.getKind() != TypeKind.VOID) {
      if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
        return mangle(name.substring(3));
      }
      if (name.startsWith("is") && name.length() > 2 && isBoolean(returns)) {
        return mangle(name.substring(2));
      }
    }
    if (params == 1 && name.startsWith("set") && name.length() > 3) {
      return mangle(name.substring(3));
    }
    return null;
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || (type.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) type).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.Boolean"));
  }

  private static String mangle(String base) {
    char first = base.charAt(0);
    if (Character.toLowerCase(first) == first) {
      return base;
    }
    StringBuilder name = new StringBuilder(base.length());
    int i = 0;
    while (i < base.length() && Character.toLowerCase(base.charAt(i)) != base.charAt(i)) {
      name.append(Character.toLowerCase(base.charAt(i)));
      i++;
    }
    return name.append(base, i, base.length()).toString();
  }
}
