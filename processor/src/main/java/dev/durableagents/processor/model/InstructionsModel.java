package dev.durableagents.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The {@code @Instructions} default method of an agent.
 *
 * @param methodName the method's name
 * @param arguments what each parameter receives, in order: {@code "context"} or {@code "agent"}
 * @param castsContext whether the context argument needs an unchecked cast
 * @param contextType the declared context parameter type, or {@code null}
 */
public record InstructionsModel(
    String methodName, List<String> arguments, boolean castsContext, TypeName contextType) {}
