package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * An agent's output type.
 *
 * @param type the Java type
 * @param text whether it is plain text ({@code String})
 * @param schemaName the name of the schema sent to the model (structured output only)
 * @param schemaJson the JSON schema (structured output only)
 * @param strict whether the schema is strict-mode clean
 * @param wrapped whether the value is wrapped in {@code {"response": ...}} because it is not an
 *     object
 * @param generic whether the type has type arguments, so reading it needs a type reference
 */
public record OutputModel(
    TypeName type,
    boolean text,
    String schemaName,
    String schemaJson,
    boolean strict,
    boolean wrapped,
    boolean generic) {

  /** Plain-text output. */
  public static OutputModel text(TypeName stringType) {
    return new OutputModel(stringType, true, null, null, true, false, false);
  }
}
