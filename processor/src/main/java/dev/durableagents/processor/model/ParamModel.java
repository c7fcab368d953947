package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A tool parameter.
 *
 * @param name the name in the source and in the schema
 * @param type its type
 * @param generic whether the type has type arguments, so reading it needs a type reference
 */
public record ParamModel(String name, TypeName type, boolean generic) {}
