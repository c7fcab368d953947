package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A validated {@code @Guardrail}.
 *
 * @param type the guardrail class
 * @param input whether it is an input guardrail (else an output guardrail)
 * @param blocking whether an input guardrail runs before the first model call instead of beside it
 */
public record GuardrailModel(ClassName type, boolean input, boolean blocking) {}
