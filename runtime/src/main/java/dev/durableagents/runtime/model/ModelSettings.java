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
 * @param reasoningEffort for reasoning models: {@code "minimal"}, {@code "low"}, {@code "medium"}
 *     or {@code "high"}
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

  /**
   * Settings without a reasoning summary. Prefer {@link #newBuilder()}: a positional constructor
   * has no place for values added later.
   */
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
    return toBuilder().setReasoningSummary(reasoningSummary).build();
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

  /** A builder of settings with every value unset. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * A builder holding every value of these settings: change some and build, and the others are
   * kept, including any added to this record later.
   */
  public Builder toBuilder() {
    return new Builder()
        .setTemperature(temperature)
        .setTopP(topP)
        .setMaxTokens(maxTokens)
        .setToolChoice(toolChoice)
        .setParallelToolCalls(parallelToolCalls)
        .setReasoningEffort(reasoningEffort)
        .setMetadata(metadata)
        .setReasoningSummary(reasoningSummary);
  }

  /** Builds {@link ModelSettings}; every value is optional, {@code null} meaning unset. */
  public static final class Builder {

    private Double temperature;
    private Double topP;
    private Integer maxTokens;
    private String toolChoice;
    private Boolean parallelToolCalls;
    private String reasoningEffort;
    private Map<String, String> metadata;
    private String reasoningSummary;

    private Builder() {}

    /** Sampling temperature. */
    public Builder setTemperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** Nucleus sampling. */
    public Builder setTopP(Double topP) {
      this.topP = topP;
      return this;
    }

    /** The most output tokens. */
    public Builder setMaxTokens(Integer maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    /** {@code "auto"}, {@code "required"}, {@code "none"}, or a tool's name. */
    public Builder setToolChoice(String toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /** Whether the model may request several tool calls at once. */
    public Builder setParallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * For reasoning models: {@code "minimal"}, {@code "low"}, {@code "medium"} or {@code "high"}.
     */
    public Builder setReasoningEffort(String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /** Key-value pairs attached to the request. */
    public Builder setMetadata(Map<String, String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * For reasoning models on the Responses API: {@code "auto"}, {@code "concise"} or {@code
     * "detailed"}.
     */
    public Builder setReasoningSummary(String reasoningSummary) {
      this.reasoningSummary = reasoningSummary;
      return this;
    }

    /** The settings. */
    public ModelSettings build() {
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
  }
}
