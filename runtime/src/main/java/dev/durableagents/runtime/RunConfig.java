package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelSettings;

/**
 * Settings of one run that override the agents' own, like the Agents SDK's {@code RunConfig}.
 *
 * <pre>{@code
 * RunConfig config = RunConfig.newBuilder().setModel("gpt-4o").setMaxTurns(20).build();
 * RunResult<String> result = Runner.run(TriageAgent.class, question, config);
 * }</pre>
 */
public final class RunConfig {

  private static final RunConfig DEFAULT = newBuilder().build();

  private final String model;
  private final ModelSettings modelSettings;
  private final Integer maxTurns;
  private final String previousResponseId;
  private final String conversationId;

  private RunConfig(Builder b) {
    this.model = b.model;
    this.modelSettings = b.modelSettings;
    this.maxTurns = b.maxTurns;
    this.previousResponseId = b.previousResponseId;
    this.conversationId = b.conversationId;
  }

  /** A builder with nothing overridden. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A config that overrides nothing. */
  public static RunConfig getDefaultInstance() {
    return DEFAULT;
  }

  /** The model every agent of the run uses, or {@code null} to keep each agent's. */
  public String model() {
    return model;
  }

  /** Settings that override each agent's, or {@code null}. */
  public ModelSettings modelSettings() {
    return modelSettings;
  }

  /** The most model calls of the run, or {@code null} for the starting agent's limit. */
  public Integer maxTurns() {
    return maxTurns;
  }

  /** The response the first model call continues on the server side, or {@code null}. */
  public String previousResponseId() {
    return previousResponseId;
  }

  /** The server-side conversation every model call of the run belongs to, or {@code null}. */
  public String conversationId() {
    return conversationId;
  }

  /** Builds {@link RunConfig}s. */
  public static final class Builder {
    private String model;
    private ModelSettings modelSettings;
    private Integer maxTurns;
    private String previousResponseId;
    private String conversationId;

    private Builder() {}

    /** The model every agent of the run uses. */
    public Builder setModel(String model) {
      this.model = model;
      return this;
    }

    /** Settings that override each agent's non-null settings. */
    public Builder setModelSettings(ModelSettings modelSettings) {
      this.modelSettings = modelSettings;
      return this;
    }

    /** The most model calls of the run. */
    public Builder setMaxTurns(int maxTurns) {
      if (maxTurns < 1) {
        throw new IllegalArgumentException("maxTurns must be at least 1, was " + maxTurns);
      }
      this.maxTurns = maxTurns;
      return this;
    }

    /**
     * Continue a server-side conversation: the first model call sends this id, and each later call
     * the id of the response before it, with only the items that are new since.
     */
    public Builder setPreviousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /**
     * Keep the conversation on the server, in an OpenAI conversation ({@code conv_...}, created
     * with the Conversations API): every model call sends this id and only the items that are new
     * since the last call. Responses API only; do not combine with a previous response id.
     */
    public Builder setConversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /**
     * The config.
     *
     * @throws IllegalStateException if both a previous response id and a conversation id are set
     */
    public RunConfig build() {
      if (previousResponseId != null && conversationId != null) {
        throw new IllegalStateException(
            "Set a previous response id or a conversation id, not both: OpenAI rejects the pair");
      }
      return new RunConfig(this);
    }
  }
}
