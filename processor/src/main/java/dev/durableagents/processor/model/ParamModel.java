package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A tool parameter.
 *
 * @param name the name in the source and in the schema
 * @param type its type
 * @param generic whether the type has type arguments, so reading it needs a type reference
 * @param injected whether the runtime supplies it (the run context) rather than the model
 */
public record ParamModel(String name, TypeName type, boolean generic, boolean injected) {

  /** A parameter the model supplies. */
  public ParamModel(String name, TypeName type, boolean generic) {
    this(name, type, generic, false);
  }
}
