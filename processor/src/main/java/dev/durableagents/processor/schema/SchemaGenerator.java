package dev.durableagents.processor.schema;

import dev.durableagents.processor.schema.Json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates JSON schemas from {@link TypeMirror}s at compile time, describing the JSON the
 * runtime's Jackson mapper reads and writes for each type.
 *
 * <p>In strict mode (the default) the schemas are what OpenAI's strict mode accepts: every object
 * closed with {@code additionalProperties: false}, every property required, values that may be null
 * expressed as a union with {@code null}, and only the keywords strict mode supports. Types strict
 * mode cannot express (maps) are errors that say to turn strict mode off; with it off they get a
 * plain JSON Schema (draft 2020-12). Types that refer to themselves are defined once under {@code
 * $defs} at the root and referred to with {@code $ref}.
 */
public final class SchemaGenerator {

  /** The helpers one generation uses. */
  static final class Tools {
    final Types types;
    final Elements elements;
    final Javadocs javadocs;
    final TypeResolution resolution;
    final BeanProperties beans;
    final Polymorphism polymorphism;

    Tools(Types types, Elements elements, Javadocs javadocs) {
      this.types = types;
      this.elements = elements;
      this.javadocs = javadocs;
      this.resolution = new TypeResolution(types);
      this.beans = new BeanProperties(types, elements, javadocs);
      this.polymorphism = new Polymorphism(types, elements, resolution);
    }

    /** Whether {@code type} is a subtype of the type named {@code name}, ignoring arguments. */
    boolean isSubtype(TypeMirror type, String name) {
      TypeElement element = elements.getTypeElement(name);
      return element != null
          && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }
  }

  private final Tools tools;

  /**
   * @param env the processing environment whose types are described
   * @param javadocs where descriptions missing from annotations come from
   */
  public SchemaGenerator(ProcessingEnvironment env, Javadocs javadocs) {
    this.tools = new Tools(env.getTypeUtils(), env.getElementUtils(), javadocs);
  }

  /**
   * A property of an object schema.
   *
   * @param name the JSON name
   * @param type the Java type
   * @param description the description, or {@code null}
   * @param nullable whether the value may be null although its type does not say so (the element
   *     carries {@code @Nullable})
   */
  public record Property(String name, TypeMirror type, String description, boolean nullable) {

    /** A property whose nullability its type tells. */
    public Property(String name, TypeMirror type, String description) {
      this(name, type, description, false);
    }
  }

  /**
   * The schema of an agent's output.
   *
   * @param schema the schema, whose root is always an object
   * @param wrapped whether the value sits in the {@code response} property of that object, because
   *     it is not itself written as an object with fixed properties
   */
  public record OutputSchema(JsonObject schema, boolean wrapped) {}

  /** The property that holds a wrapped output, as the OpenAI Agents SDK names it. */
  public static final String WRAPPER_PROPERTY = "response";

  /** The schema of an object with these properties, such as a tool's arguments. */
  public JsonObject objectSchema(List<Property> properties, boolean strict)
      throws UnsupportedTypeException {
    return generate(strict, builder -> builder.object(properties, ""));
  }

  /** The schema of a value of {@code type}; {@code path} prefixes the paths in errors. */
  public JsonObject valueSchema(TypeMirror type, String path, boolean strict)
      throws UnsupportedTypeException {
    return generate(strict, builder -> builder.schema(type, path));
  }

  /**
   * The schema of an output of {@code type}: the type's own if it is written as an object with
   * fixed properties (a record or bean), else an object with one property, {@value
   * #WRAPPER_PROPERTY}, that holds the value, as the OpenAI Agents SDK does.
   */
  public OutputSchema outputSchema(TypeMirror type, boolean strict)
      throws UnsupportedTypeException {
    boolean object = isObject(type);
    JsonObject schema =
        generate(
            strict,
            builder -> {
              if (object) {
                return builder.root(type);
              }
              JsonObject value = builder.schema(type, "");
              return Json.object()
                  .put("type", "object")
                  .put("properties", Json.object().put(WRAPPER_PROPERTY, value))
                  .put("required", Json.array(WRAPPER_PROPERTY))
                  .put("additionalProperties", false);
            });
    return new OutputSchema(schema, !object);
  }

  /**
   * Whether values of {@code type} are written as JSON objects with fixed properties: records and
   * beans (a polymorphic type, a map or a collection is not), so an output of it is not wrapped.
   */
  public boolean isObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && new SchemaBuilder(tools, true, Set.of()).isBean((DeclaredType) type);
  }

  private interface Body {
    JsonObject build(SchemaBuilder builder) throws UnsupportedTypeException;
  }

  /** Builds until no new recursive type turns up, then adds the definitions at the root. */
  private JsonObject generate(boolean strict, Body body) throws UnsupportedTypeException {
    Set<String> recursive = new LinkedHashSet<>();
    while (true) {
      SchemaBuilder builder = new SchemaBuilder(tools, strict, recursive);
      JsonObject root = body.build(builder);
      if (builder.discovered().isEmpty()) {
        return builder.withDefs(root);
      }
      if (!recursive.addAll(builder.discovered())) {
        throw new IllegalStateException("recursion not resolved: " + builder.discovered());
      }
    }
  }
}
