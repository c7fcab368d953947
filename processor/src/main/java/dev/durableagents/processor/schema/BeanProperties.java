package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Accessors.Accessor;
import dev.durableagents.processor.validation.ErrorMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the properties of a record or JavaBean the way Jackson 2 does with the runtime's mapper:
 * record components and public getters ({@code getX}, {@code isX}) are written; creator parameters,
 * setters of any visibility and fields are read; {@code @JsonProperty} renames and makes visible,
 * {@code @JsonIgnore} and {@code @JsonIgnoreProperties} remove, {@code @JsonPropertyDescription}
 * describes. A property Jackson writes but cannot read back, or reads but never writes, is an
 * error: the schema and the JSON must agree both ways.
 */
final class BeanProperties {

  private final Types types;
  private final Elements elements;
  private final Javadocs javadocs;
  private final Creators creators;

  BeanProperties(Types types, Elements elements, Javadocs javadocs) {
    this.types = types;
    this.elements = elements;
    this.javadocs = javadocs;
    this.creators = new Creators(types);
  }

  /** The properties of {@code type} in Jackson's order: creator parameters first, then fields. */
  List<BeanProperty> of(DeclaredType type, String path) throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    checkShape(element, path);
    Map<String, Accessors> byName = new LinkedHashMap<>();
    if (element.getKind() == ElementKind.RECORD) {
      creators.addComponents(type, element, byName, path);
    } else {
      creators.addCreator(type, element, byName, path);
    }
    addFields(type, element, byName);
    addMethods(type, element, byName);

    Map<String, Accessors> renamed = rename(element, byName, path);
    List<String> ignoredNames = JacksonAnnotations.ignoredProperties(element);
    Map<String, String> componentDocs =
        element.getKind() == ElementKind.RECORD ? javadocs.paramDescriptions(element) : Map.of();
    List<BeanProperty> properties = new ArrayList<>();
    for (Map.Entry<String, Accessors> entry : renamed.entrySet()) {
      String name = entry.getKey();
      Accessors accessors = entry.getValue();
      List<Element> all = accessors.elements();
      if (ignoredNames.contains(name) || all.stream().anyMatch(JacksonAnnotations::ignored)) {
        continue;
      }
      Accessor getter = accessors.visibleGetter();
      boolean containerGetter = getter != null && isContainer(getter.type());
      boolean readable = accessors.readable();
      boolean writable = accessors.writable(containerGetter);
      if (!readable && !writable) {
        continue;
      }
      if (!writable) {
        throw new UnsupportedTypeException(
            join(path, name),
            String.format(
                ErrorMessages.REASON_WRITE_ONLY,
                name,
                element.getQualifiedName(),
                Accessors.describe(readingElement(accessors))));
      }
      if (!readable) {
        throw new UnsupportedTypeException(
            join(path, name),
            String.format(
                ErrorMessages.REASON_READ_ONLY,
                name,
                element.getQualifiedName(),
                Accessors.describe(all.get(all.size() - 1))));
      }
      TypeMirror propertyType = accessors.readType();
      if (propertyType.getKind() == TypeKind.DECLARED
          && JacksonAnnotations.has(
              types.asElement(propertyType), JacksonAnnotations.JSON_IGNORE_TYPE)) {
        continue;
      }
      properties.add(
          new BeanProperty(
              name,
              propertyType,
              description(all, componentDocs),
              all.stream().anyMatch(BeanProperties::declaredNullable),
              formatShape(all),
              all.get(0)));
    }
    return properties;
  }

  /** Whether the element, or the type it declares, carries {@code @Nullable}. */
  private static boolean declaredNullable(Element element) {
    TypeMirror declared =
        element instanceof ExecutableElement method
            ? (method.getParameters().isEmpty()
                ? method.getReturnType()
                : method.getParameters().get(0).asType())
            : element.asType();
    return JacksonAnnotations.nullable(element, declared);
  }

  private static String formatShape(List<Element> accessors) {
    for (Element e : accessors) {
      AnnotationMirror format = JacksonAnnotations.find(e, JacksonAnnotations.JSON_FORMAT);
      if (format != null) {
        String shape = JacksonAnnotations.enumValue(format, "shape");
        return shape == null ? "ANY" : shape;
      }
    }
    return null;
  }

  private static Element readingElement(Accessors accessors) {
    Accessor getter = accessors.visibleGetter();
    return getter != null ? getter.element() : accessors.fields.get(0).element();
  }

  /** Rejects annotations that give the type a JSON shape of its own. */
  private void checkShape(TypeElement element, String path) throws UnsupportedTypeException {
    String on = JacksonAnnotations.shapeChanging(element);
    Element where = element;
    if (on == null) {
      for (Element member : members(element)) {
        on = JacksonAnnotations.shapeChanging(member);
        if (on != null) {
          where = member;
          break;
        }
      }
    }
    if (on != null) {
      String what =
          where == element
              ? element.getQualifiedName().toString()
              : Accessors.describe(where) + " of " + element.getQualifiedName();
      throw new UnsupportedTypeException(
          path, String.format(ErrorMessages.REASON_JACKSON_ANNOTATION, on, what));
    }
  }

  private void addFields(DeclaredType type, TypeElement element, Map<String, Accessors> byName) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = element; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    for (TypeElement t : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        boolean explicit = JacksonAnnotations.has(field, JacksonAnnotations.JSON_PROPERTY);
        boolean visible =
            explicit
                || (field.getModifiers().contains(Modifier.PUBLIC)
                    && !field.getModifiers().contains(Modifier.TRANSIENT));
        if (field.getModifiers().contains(Modifier.TRANSIENT) && !explicit) {
          continue;
        }
        TypeMirror fieldType = types.asMemberOf(type, field);
        byName
            .computeIfAbsent(field.getSimpleName().toString(), n -> new Accessors())
            .fields
            .add(new Accessor(field, fieldType, visible));
      }
    }
  }

  private void addMethods(DeclaredType type, TypeElement element, Map<String, Accessors> byName) {
    boolean record = element.getKind() == ElementKind.RECORD;
    for (ExecutableElement method : ElementFilter.methodsIn(members(element))) {
      if (method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = method.getSimpleName().toString();
      boolean explicit = JacksonAnnotations.has(method, JacksonAnnotations.JSON_PROPERTY);
      int params = method.getParameters().size();
      Accessors existing = byName.get(name);
      if (record && params == 0 && existing != null && !existing.components.isEmpty()) {
        // The accessor of a record component: Jackson writes the component with it.
        TypeMirror returns = ((ExecutableType) types.asMemberOf(type, method)).getReturnType();
        existing.getters.add(new Accessor(method, returns, true));
        continue;
      }
      String property = Accessors.beanName(method);
      if (property == null && explicit && params <= 1) {
        property = name;
      }
      if (property == null) {
        continue;
      }
      ExecutableType resolved = (ExecutableType) types.asMemberOf(type, method);
      Accessors accessors = byName.computeIfAbsent(property, n -> new Accessors());
      if (params == 0 && resolved.getReturnType().getKind() != TypeKind.VOID) {
        boolean visible = explicit || method.getModifiers().contains(Modifier.PUBLIC);
        accessors.getters.add(new Accessor(method, resolved.getReturnType(), visible));
      } else if (params == 1) {
        accessors.setters.add(new Accessor(method, resolved.getParameterTypes().get(0), true));
      }
    }
  }

  /** Applies {@code @JsonProperty} names, merging accessors renamed to the same name. */
  private static Map<String, Accessors> rename(
      TypeElement element, Map<String, Accessors> byImplicitName, String path)
      throws UnsupportedTypeException {
    Map<String, Accessors> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Accessors> entry : byImplicitName.entrySet()) {
      String name = entry.getKey();
      for (Element e : entry.getValue().elements()) {
        String explicit = JacksonAnnotations.propertyName(e);
        if (explicit != null) {
          name = explicit;
          break;
        }
      }
      Accessors previous = byName.get(name);
      if (previous == null) {
        byName.put(name, entry.getValue());
        continue;
      }
      Accessors current = entry.getValue();
      if ((!previous.fields.isEmpty() && !current.fields.isEmpty())
          || (!previous.getters.isEmpty() && !current.getters.isEmpty())) {
        throw new UnsupportedTypeException(
            join(path, name),
            String.format(
                ErrorMessages.REASON_DUPLICATE_PROPERTY,
                element.getQualifiedName(),
                name,
                Accessors.describe(previous.elements().get(0)),
                Accessors.describe(current.elements().get(0))));
      }
      previous.addAll(current);
    }
    return byName;
  }

  private String description(List<Element> accessors, Map<String, String> componentDocs) {
    for (Element e : accessors) {
      String description = JacksonAnnotations.propertyDescription(e);
      if (description != null) {
        return description;
      }
    }
    for (Element e : accessors) {
      if (e instanceof RecordComponentElement component) {
        String doc = componentDocs.get(component.getSimpleName().toString());
        if (doc != null) {
          return doc;
        }
      } else if (!(e instanceof VariableElement v && v.getKind() == ElementKind.PARAMETER)) {
        String doc = javadocs.description(e);
        if (doc != null) {
          return doc;
        }
      }
    }
    return null;
  }

  private boolean isContainer(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (String container : List.of("java.util.Collection", "java.util.Map")) {
      TypeElement containerElement = elements.getTypeElement(container);
      if (containerElement != null
          && types.isAssignable(types.erasure(type), types.erasure(containerElement.asType()))) {
        return true;
      }
    }
    return false;
  }

  /** The members Jackson looks at: inherited ones too, but not those of Object or Record. */
  private List<Element> members(TypeElement element) {
    List<Element> members = new ArrayList<>();
    for (Element member : elements.getAllMembers(element)) {
      Element owner = member.getEnclosingElement();
      if (owner instanceof TypeElement t
          && (t.getQualifiedName().contentEquals("java.lang.Object")
              || t.getQualifiedName().contentEquals("java.lang.Record"))) {
        continue;
      }
      if (member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD) {
        members.add(member);
      }
    }
    return members;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) types.asElement(superclass);
    String name = element.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Record") ? null : element;
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
