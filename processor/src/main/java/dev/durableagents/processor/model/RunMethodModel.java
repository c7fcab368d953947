package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The run method of an agent: the signature its generated workflow method copies.
 *
 * @param name the method's name
 * @param parameterName the input parameter's name, as written in the source
 * @param parameterType the input's type
 * @param returnType the output's type
 */
public record RunMethodModel(
    String name, String parameterName, TypeName parameterType, TypeName returnType) {}
