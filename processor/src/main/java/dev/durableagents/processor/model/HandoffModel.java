package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * A validated {@code @Handoff}.
 *
 * @param target the names generated for the target agent
 * @param toolName the tool name, or {@code null} for the runtime's default
 * @param description the tool description, or {@code null} for the runtime's default
 * @param inputFilter the filter class, or {@code null}
 * @param onHandoff the hook class, or {@code null}
 * @param onHandoffInput the hook's input type, or {@code null} when it takes none ({@code Void})
 * @param onHandoffSchema the JSON schema of the hook's input, or {@code null}
 * @param isEnabled the {@code IsEnabled} class, or {@code null} for always
 */
public record HandoffModel(
    GeneratedNames target,
    String toolName,
    String description,
    ClassName inputFilter,
    ClassName onHandoff,
    TypeName onHandoffInput,
    String onHandoffSchema,
    ClassName isEnabled) {}
