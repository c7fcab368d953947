package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Settings of a model call. Every field is optional: {@code null} leaves the provider's default.
 *
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param maxTokens the most output tokens
 * @param toolChoice {@code "auto"}, {@code "required"}, {@code "none"}, or the name of a tool the
 *     model must call
 * @param parallelToolCalls whether the model may request several tool calls at once
 * @param reasoningEffort for reasoning models: {@code "minimal"}, {@code "low"}, {@code "medium"} or
 *     {@code "high"}
 * @param metadata key-value pairs attached to the request
 * @param reasoningSummary for reasoning models on the Responses API: {@code "auto"}, {@code
 *     "concise"} or {@code "detailed"} asks for a summary of the reasoning in each {@link
 *     Reasoning} item
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSettings(
    Double temperature,
    Double topP,
    Integer maxTokens,
    String toolChoice,
    Boolean parallelToolCalls,
    String reasoningEffort,
    Map<String, String> metadata,
    String reasoningSummary) {

  /** No settings: every value is the provider's default. */
  public static final ModelSettings DEFAULT =
      new ModelSettings(null, null, null, null, null, null, null);

  @JsonCreator
  public ModelSettings {
    metadata = metadata == null ? null : Map.copyOf(metadata);
  }

  /** Settings without a reasoning summary. */
  public ModelSettings(
      Double temperature,
      Double topP,
      Integer maxTokens,
      String toolChoice,
      Boolean parallelToolCalls,
      String reasoningEffort,
      Map<String, String> metadata) {
    this(
        temperature,
        topP,
        maxTokens,
        toolChoice,
        parallelToolCalls,
        reasoningEffort,
        metadata,
        null);
  }

  /** These settings asking for a reasoning summary ({@code "auto"}, ...). */
  public ModelSettings withReasoningSummary(String reasoningSummary) {
    return new ModelSettings(
        temperature,
        topP,
        maxTokens,
        toolChoice,
        parallelToolCalls,
        reasoningEffort,
        metadata,
        reasoningSummary);
  }

  /** These settings with every non-null value of {@code override} taking precedence. */
  public ModelSettings overriddenBy(ModelSettings override) {
    if (override == null) {
      return this;
    }
    return new ModelSettings(
        pick(override.temperature, temperature),
        pick(override.topP, topP),
        pick(override.maxTokens, maxTokens),
        pick(override.toolChoice, toolChoice),
        pick(override.parallelToolCalls, parallelToolCalls),
        pick(override.reasoningEffort, reasoningEffort),
        pick(override.metadata, metadata),
        pick(override.reasoningSummary, reasoningSummary));
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
