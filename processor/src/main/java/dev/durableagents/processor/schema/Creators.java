package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Accessors.Accessor;
import dev.durableagents.processor.validation.ErrorMessages;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * How Jackson creates a record or bean, and the properties it reads that way: a record through its
 * canonical constructor, a class through its {@code @JsonCreator} in properties mode or else its
 * no-argument constructor. (The runtime's mapper has no parameter-names module, so unannotated
 * constructor parameters have no names Jackson could use.)
 */
final class Creators {

  private final Types types;

  Creators(Types types) {
    this.types = types;
  }

  /**
   * Adds a record's components: its canonical constructor reads them, its accessors write them. A
   * {@code @JsonCreator} other than the canonical constructor is rejected.
   */
  void addComponents(
      DeclaredType type, TypeElement element, Map<String, Accessors> byName, String path)
      throws UnsupportedTypeException {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      AnnotationMirror creator =
          JacksonAnnotations.find(constructor, JacksonAnnotations.JSON_CREATOR);
      if (creator != null
          && (constructor.getParameters().size() != element.getRecordComponents().size()
              || "DELEGATING".equals(JacksonAnnotations.enumValue(creator, "mode")))) {
        throw new UnsupportedTypeException(
            path,
            String.format(
                ErrorMessages.REASON_JACKSON_ANNOTATION,
                "JsonCreator",
                Accessors.describe(constructor) + " of " + element.getQualifiedName()));
      }
    }
    for (RecordComponentElement component : element.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      TypeMirror componentType =
          ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
      Accessors accessors = byName.computeIfAbsent(name, n -> new Accessors());
      accessors.components.add(component);
      // The canonical constructor reads every component; the accessor writes it.
      accessors.creatorParameters.add(new Accessor(component, componentType, true));
    }
  }

  /**
   * Adds the parameters of a class's {@code @JsonCreator} (each named with {@code @JsonProperty}),
   * or checks that it has a no-argument constructor for Jackson to start from.
   */
  void addCreator(
      DeclaredType type, TypeElement element, Map<String, Accessors> byName, String path)
      throws UnsupportedTypeException {
    ExecutableElement creator = null;
    boolean noArgs = false;
    for (Element member : element.getEnclosedElements()) {
      if (!(member instanceof ExecutableElement executable)) {
        continue;
      }
      AnnotationMirror annotation =
          JacksonAnnotations.find(executable, JacksonAnnotations.JSON_CREATOR);
      if (annotation != null
          && !"DISABLED".equals(JacksonAnnotations.enumValue(annotation, "mode"))) {
        if ("DELEGATING".equals(JacksonAnnotations.enumValue(annotation, "mode"))) {
          throw delegating(element, executable, path);
        }
        creator = executable;
        break;
      }
      if (executable.getKind() == ElementKind.CONSTRUCTOR && executable.getParameters().isEmpty()) {
        noArgs = true;
      }
    }
    if (creator == null) {
      if (!noArgs) {
        throw new UnsupportedTypeException(
            path, String.format(ErrorMessages.REASON_NO_CREATOR, element.getQualifiedName()));
      }
      return;
    }
    List<? extends TypeMirror> parameterTypes =
        creator.getKind() == ElementKind.CONSTRUCTOR
            ? ((ExecutableType) types.asMemberOf(type, creator)).getParameterTypes()
            : null;
    for (int i = 0; i < creator.getParameters().size(); i++) {
      VariableElement parameter = creator.getParameters().get(i);
      String name = JacksonAnnotations.propertyName(parameter);
      if (name == null) {
        throw delegating(element, creator, path);
      }
      TypeMirror parameterType =
          parameterTypes == null ? parameter.asType() : parameterTypes.get(i);
      byName
          .computeIfAbsent(name, n -> new Accessors())
          .creatorParameters
          .add(new Accessor(parameter, parameterType, true));
    }
  }

  private static UnsupportedTypeException delegating(
      TypeElement element, ExecutableElement creator, String path) {
    String what =
        creator.getParameters().isEmpty()
            ? "no parameters"
            : "parameter " + creator.getParameters().get(0).getSimpleName();
    return new UnsupportedTypeException(
        path,
        String.format(ErrorMessages.REASON_DELEGATING_CREATOR, element.getQualifiedName(), what));
  }
}
