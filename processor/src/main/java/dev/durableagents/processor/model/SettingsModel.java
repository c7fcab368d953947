package dev.durableagents.processor.model;

import java.util.Map;

/**
 * An agent's {@code @ModelSettings}; {@code null} fields are unset.
 *
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param maxTokens the most output tokens
 * @param toolChoice the tool choice
 * @param parallelToolCalls whether parallel tool calls are allowed
 * @param reasoningEffort the reasoning effort
 * @param metadata request metadata, in declaration order
 * @param reasoningSummary the reasoning summary asked for
 */
public record SettingsModel(
    Double temperature,
    Double topP,
    Integer maxTokens,
    String toolChoice,
    Boolean parallelToolCalls,
    String reasoningEffort,
    Map<String, String> metadata,
    String reasoningSummary) {}
