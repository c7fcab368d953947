package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one run: what overrides the agents' own, the run's context and hooks, like the Agents
 * SDK's {@code Runner.run(..., context=, run_config=, hooks=, max_turns=)}.
 *
 * <pre>{@code
 * RunConfig config = RunConfig.newBuilder()
 *     .setModel("gpt-4o")                 // every agent of the run uses it
 *     .setMaxTurns(20)
 *     .setContext(new AirlineContext())   // seen by tools, instructions, hooks, guardrails
 *     .build();
 * RunResult<String> result = Runner.run(TriageAgent.class, question, config);
 * }</pre>
 *
 * <p>Defaults for every run of a workflow can be set once with {@link
 * Runner#setWorkflowDefaults(RunConfig)}; a run's own config overrides them field by field.
 *
 * <p>Run controls: guardrails of the whole run ({@link Builder#addInputGuardrail}, {@link
 * Builder#addOutputGuardrail}), a {@link MaxTurnsHandler} that ends a run at its limit with an
 * output, and an input filter for every handoff without one ({@link
 * Builder#setHandoffInputFilter}).
 */
public final class RunConfig {

  private static final RunConfig DEFAULT = newBuilder().build();

  private final String model;
  private final ModelSettings modelSettings;
  private final Integer maxTurns;
  private final String previousResponseId;
  private final String conversationId;
  private final Object context;
  private final RunHooks hooks;
  private final Boolean wholeConversationInHistory;
  private final ApprovalPolicy approvalPolicy;
  private final ApprovalTimeout approvalTimeout;
  // Run controls (issue #15): guardrails of the whole run, a max-turns handler, a handoff filter.
  private final List<InputGuardrail> inputGuardrails;
  private final List<OutputGuardrail<?>> outputGuardrails;
  private final MaxTurnsHandler maxTurnsHandler;
  private final HandoffInputFilter handoffInputFilter;

  private RunConfig(Builder b) {
    this.model = b.model;
    this.modelSettings = b.modelSettings;
    this.maxTurns = b.maxTurns;
    this.previousResponseId = b.previousResponseId;
    this.conversationId = b.conversationId;
    this.context = b.context;
    this.hooks = b.hooks;
    this.wholeConversationInHistory = b.wholeConversationInHistory;
    this.approvalPolicy = b.approvalPolicy;
    this.approvalTimeout = b.approvalTimeout;
    this.inputGuardrails = List.copyOf(b.inputGuardrails);
    this.outputGuardrails = List.copyOf(b.outputGuardrails);
    this.maxTurnsHandler = b.maxTurnsHandler;
    this.handoffInputFilter = b.handoffInputFilter;
  }

  /** A builder with nothing set. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** A config that sets nothing. */
  public static RunConfig getDefaultInstance() {
    return DEFAULT;
  }

  /** A config with only a context. */
  public static RunConfig withContext(Object context) {
    return newBuilder().setContext(context).build();
  }

  /** A builder holding this config. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.model = model;
    b.modelSettings = modelSettings;
    b.maxTurns = maxTurns;
    b.previousResponseId = previousResponseId;
    b.conversationId = conversationId;
    b.context = context;
    b.hooks = hooks;
    b.wholeConversationInHistory = wholeConversationInHistory;
    b.approvalPolicy = approvalPolicy;
    b.approvalTimeout = approvalTimeout;
    b.inputGuardrails.addAll(inputGuardrails);
    b.outputGuardrails.addAll(outputGuardrails);
    b.maxTurnsHandler = maxTurnsHandler;
    b.handoffInputFilter = handoffInputFilter;
    return b;
  }

  /** This config, with each field it leaves unset taken from {@code defaults}. */
  public RunConfig orElse(RunConfig defaults) {
    if (defaults == null || defaults == DEFAULT) {
      return this;
    }
    Builder b = toBuilder();
    if (b.model == null) {
      b.model = defaults.model;
    }
    if (defaults.modelSettings != null) {
      b.modelSettings =
          modelSettings == null
              ? defaults.modelSettings
              : defaults.modelSettings.overriddenBy(modelSettings);
    }
    if (b.maxTurns == null) {
      b.maxTurns = defaults.maxTurns;
    }
    if (b.previousResponseId == null && b.conversationId == null) {
      b.previousResponseId = defaults.previousResponseId;
      b.conversationId = defaults.conversationId;
    }
    if (b.context == null) {
      b.context = defaults.context;
    }
    if (b.hooks == null) {
      b.hooks = defaults.hooks;
    }
    if (b.wholeConversationInHistory == null) {
      b.wholeConversationInHistory = defaults.wholeConversationInHistory;
    }
    if (b.approvalPolicy == null) {
      b.approvalPolicy = defaults.approvalPolicy;
    }
    if (b.approvalTimeout == null) {
      b.approvalTimeout = defaults.approvalTimeout;
    }
    if (b.inputGuardrails.isEmpty()) {
      b.inputGuardrails.addAll(defaults.inputGuardrails);
    }
    if (b.outputGuardrails.isEmpty()) {
      b.outputGuardrails.addAll(defaults.outputGuardrails);
    }
    if (b.maxTurnsHandler == null) {
      b.maxTurnsHandler = defaults.maxTurnsHandler;
    }
    if (b.handoffInputFilter == null) {
      b.handoffInputFilter = defaults.handoffInputFilter;
    }
    return b.build();
  }

  /**
   * Whether the run's model calls record the whole conversation in history: {@code true} or {@code
   * false} when set, {@code null} to follow the plugin.
   */
  public Boolean wholeConversationInHistory() {
    return wholeConversationInHistory;
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

  /** The run's context object, or {@code null}. */
  public Object context() {
    return context;
  }

  /** The run's hooks, or {@code null}. */
  public RunHooks hooks() {
    return hooks;
  }

  /**
   * Which tool calls of the run wait for a person's approval, besides those whose tool asks for it
   * itself; or {@code null}.
   */
  public ApprovalPolicy approvalPolicy() {
    return approvalPolicy;
  }

  /**
   * How long a tool call of the run waits for approval, for tools that set no timeout of their own;
   * or {@code null}: it waits until a person decides.
   */
  public ApprovalTimeout approvalTimeout() {
    return approvalTimeout;
  }

  /** Input guardrails of the whole run, checked before the starting agent's own; may be empty. */
  public List<InputGuardrail> inputGuardrails() {
    return inputGuardrails;
  }

  /** Output guardrails of the whole run, checked before the last agent's own; may be empty. */
  public List<OutputGuardrail<?>> outputGuardrails() {
    return outputGuardrails;
  }

  /** What ends the run with an output when it reaches max turns, or {@code null} to fail it. */
  public MaxTurnsHandler maxTurnsHandler() {
    return maxTurnsHandler;
  }

  /** The filter of every handoff that has none of its own, or {@code null}. */
  public HandoffInputFilter handoffInputFilter() {
    return handoffInputFilter;
  }

  /** Builds {@link RunConfig}s. */
  public static final class Builder {
    private String model;
    private ModelSettings modelSettings;
    private Integer maxTurns;
    private String previousResponseId;
    private String conversationId;
    private Object context;
    private RunHooks hooks;
    private Boolean wholeConversationInHistory;
    private ApprovalPolicy approvalPolicy;
    private ApprovalTimeout approvalTimeout;
    private final List<InputGuardrail> inputGuardrails = new ArrayList<>();
    private final List<OutputGuardrail<?>> outputGuardrails = new ArrayList<>();
    private MaxTurnsHandler maxTurnsHandler;
    private HandoffInputFilter handoffInputFilter;

    private Builder() {}

    /**
     * Adds an input guardrail of the whole run: it checks the run's input with the starting agent's
     * guardrails (before them in declaration order), concurrently with the first model call unless
     * it {@linkplain InputGuardrail#runInParallel() blocks}.
     */
    public Builder addInputGuardrail(InputGuardrail guardrail) {
      this.inputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /**
     * Adds an output guardrail of the whole run: it checks the final output of whichever agent ends
     * the run, before that agent's own guardrails.
     */
    public Builder addOutputGuardrail(OutputGuardrail<?> guardrail) {
      this.outputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /**
     * What ends the run when it reaches max turns: its output becomes the run's final output
     * instead of a {@link MaxTurnsExceeded} failure.
     */
    public Builder setMaxTurnsHandler(MaxTurnsHandler handler) {
      this.maxTurnsHandler = handler;
      return this;
    }

    /**
     * The input filter of every handoff of the run that has no filter of its own, like the Agents
     * SDK's {@code RunConfig.handoff_input_filter}; a handoff's own filter wins.
     */
    public Builder setHandoffInputFilter(HandoffInputFilter filter) {
      this.handoffInputFilter = filter;
      return this;
    }

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
     * The run's context object: any object of yours, seen by in-workflow tools, instructions, hooks
     * and guardrails through {@link RunContext}. It stays in workflow memory.
     */
    public Builder setContext(Object context) {
      this.context = context;
      return this;
    }

    /** Hooks on every agent of the run. */
    public Builder setHooks(RunHooks hooks) {
      this.hooks = hooks;
      return this;
    }

    /**
     * Whether every model call of the run records the whole conversation in its activity input;
     * default {@code false} (unless the plugin says so): a call records only the items that are new
     * since an earlier model call of the workflow, and a reference the worker resolves from its
     * {@link ConversationCache}. The model receives the whole conversation either way; set it to
     * see every request whole in the workflow history:
     *
     * <pre>{@code
     * Runner.run(ChatAgent.class, conversation,
     *     RunConfig.newBuilder().setWholeConversationInHistory(true).build());
     * }</pre>
     */
    public Builder setWholeConversationInHistory(boolean whole) {
      this.wholeConversationInHistory = whole;
      return this;
    }

    /**
     * Which tool calls of the run wait for a person's approval, decided call by call in the
     * workflow; a call also waits when its own tool asks for approval. See {@link Approvals}.
     */
    public Builder setApprovalPolicy(ApprovalPolicy approvalPolicy) {
      this.approvalPolicy = approvalPolicy;
      return this;
    }

    /**
     * How long a tool call waits for approval, and the decision when nobody answers in time, for
     * tools that set no timeout of their own. Default: no timeout.
     */
    public Builder setApprovalTimeout(ApprovalTimeout approvalTimeout) {
      this.approvalTimeout = approvalTimeout;
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
