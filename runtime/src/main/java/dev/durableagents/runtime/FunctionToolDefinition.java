package dev.durableagents.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.FunctionToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function tool at run time: what the model is told about it ({@link #spec()}) and how a call is
 * carried out ({@link #invoker()}). The processor generates one per {@code @FunctionTool} method;
 * its invoker schedules the tool's activity.
 *
 * <pre>{@code
 * FunctionToolDefinition clock = FunctionToolDefinition.newBuilder("now")
 *     .setDescription("The current time in milliseconds")
 *     .setParametersSchema("{\"type\":\"object\",\"properties\":{},\"required\":[],"
 *         + "\"additionalProperties\":false}")
 *     .setInvoker(call -> Workflow.newPromise(Workflow.currentTimeMillis()))
 *     .build();
 * }</pre>
 */
public final class FunctionToolDefinition {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private final FunctionToolSpec spec;
  private final ToolInvoker invoker;
  private final boolean failRunOnError;
  private final ApprovalPolicy approvalPolicy;
  private final ApprovalTimeout approvalTimeout;
  private final IsEnabled isEnabled;
  private final ToolErrorFormatter failureMessage;
  private final List<ToolInputGuardrail> inputGuardrails;
  private final List<ToolOutputGuardrail> outputGuardrails;

  private FunctionToolDefinition(Builder b) {
    this.spec = new FunctionToolSpec(b.name, b.description, b.parameters, b.strict);
    this.invoker = b.invoker;
    this.failRunOnError = b.failRunOnError;
    this.isEnabled = b.isEnabled;
    this.failureMessage = b.failureMessage;
    this.inputGuardrails = List.copyOf(b.inputGuardrails);
    this.outputGuardrails = List.copyOf(b.outputGuardrails);
    this.approvalPolicy = b.approvalPolicy;
    this.approvalTimeout = b.approvalTimeout;
  }

  /** A builder for a tool the model calls {@code name}. */
  public static Builder newBuilder(String name) {
    return new Builder(name);
  }

  /** The tool's name. */
  public String name() {
    return spec.name();
  }

  /** What the model is told about the tool. */
  public FunctionToolSpec spec() {
    return spec;
  }

  /** Carries out calls. */
  public ToolInvoker invoker() {
    return invoker;
  }

  /**
   * Whether a call that finally fails (its activity failed after its retries, or the in-workflow
   * tool threw) fails the run; when false, the default, the error text goes to the model.
   */
  public boolean failRunOnError() {
    return failRunOnError;
  }

  /**
   * Which calls of this tool wait for a person's approval (see {@link Approvals}), or {@code null}
   * when none do (unless the run's policy says so).
   */
  public ApprovalPolicy approvalPolicy() {
    return approvalPolicy;
  }

  /**
   * How long a call of this tool waits for approval and what is then decided, or {@code null} for
   * the run's timeout (none by default: the call waits until a person decides).
   */
  public ApprovalTimeout approvalTimeout() {
    return approvalTimeout;
  }

  /**
   * This tool, with every call waiting for approval ({@code needsApproval}) or none; for tools made
   * elsewhere, such as {@link AgentDefinition#asTool agents as tools}.
   */
  public FunctionToolDefinition withNeedsApproval(boolean needsApproval) {
    return withApprovalPolicy(needsApproval ? ApprovalPolicy.always() : null);
  }

  /** This tool, with {@code policy} deciding which calls wait for approval ({@code null}: none). */
  public FunctionToolDefinition withApprovalPolicy(ApprovalPolicy policy) {
    Builder b = toBuilder();
    b.approvalPolicy = policy;
    return b.build();
  }

  /** This tool, with {@code timeout} bounding the wait for approval of its calls. */
  public FunctionToolDefinition withApprovalTimeout(ApprovalTimeout timeout) {
    Builder b = toBuilder();
    b.approvalTimeout = timeout;
    return b.build();
  }

  /**
   * Whether the tool is offered to {@code agent}'s model on this turn: its {@link IsEnabled}
   * predicate, {@code true} when it has none.
   */
  public boolean isEnabled(RunContext<?> context, AgentDefinition agent) {
    return isEnabled == null || isEnabled.test(context, agent);
  }

  /** The text the model receives when a call fails, or {@code null} for the default text. */
  public ToolErrorFormatter failureMessage() {
    return failureMessage;
  }

  /** The checks of each call's arguments, run in order before the tool runs. */
  public List<ToolInputGuardrail> inputGuardrails() {
    return inputGuardrails;
  }

  /** The checks of each call's result, run in order before the model sees it. */
  public List<ToolOutputGuardrail> outputGuardrails() {
    return outputGuardrails;
  }

  /** A builder holding this tool, to derive another from it. */
  public Builder toBuilder() {
    Builder b = new Builder(spec.name());
    b.description = spec.description();
    b.parameters = spec.parameters();
    b.strict = spec.strict();
    b.invoker = invoker;
    b.failRunOnError = failRunOnError;
    b.isEnabled = isEnabled;
    b.failureMessage = failureMessage;
    b.inputGuardrails.addAll(inputGuardrails);
    b.outputGuardrails.addAll(outputGuardrails);
    b.approvalPolicy = approvalPolicy;
    b.approvalTimeout = approvalTimeout;
    return b;
  }

  @Override
  public String toString() {
    return "FunctionToolDefinition{" + spec.name() + "}";
  }

  /** Builds {@link FunctionToolDefinition}s. */
  public static final class Builder {
    private final String name;
    private String description;
    private ObjectNode parameters;
    private boolean strict = true;
    private ToolInvoker invoker;
    private boolean failRunOnError;
    private ApprovalPolicy approvalPolicy;
    private ApprovalTimeout approvalTimeout;
    private IsEnabled isEnabled;
    private ToolErrorFormatter failureMessage;
    private final List<ToolInputGuardrail> inputGuardrails = new ArrayList<>();
    private final List<ToolOutputGuardrail> outputGuardrails = new ArrayList<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Tool name '" + name + "' must match ^[a-zA-Z0-9_-]{1,64}$");
      }
      this.name = name;
    }

    /** What the tool does, for the model. */
    public Builder setDescription(String description) {
      this.description = description;
      return this;
    }

    /** The JSON schema of the arguments object, as JSON text. */
    public Builder setParametersSchema(String schemaJson) {
      this.parameters = Json.parseObject(schemaJson);
      return this;
    }

    /** Whether the schema is sent in OpenAI strict mode; default {@code true}. */
    public Builder setStrict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Carries out calls. */
    public Builder setInvoker(ToolInvoker invoker) {
      this.invoker = Objects.requireNonNull(invoker, "invoker");
      return this;
    }

    /** Whether a call that finally fails fails the run; default false (the model is told). */
    public Builder setFailRunOnError(boolean failRunOnError) {
      this.failRunOnError = failRunOnError;
      return this;
    }

    /**
     * Whether every call waits for a person's approval before it runs; default {@code false}. Like
     * {@code @FunctionTool(needsApproval = true)}; see {@link Approvals}.
     */
    public Builder setNeedsApproval(boolean needsApproval) {
      this.approvalPolicy = needsApproval ? ApprovalPolicy.always() : null;
      return this;
    }

    /** Which calls wait for a person's approval, decided call by call in the workflow. */
    public Builder setApprovalPolicy(ApprovalPolicy approvalPolicy) {
      this.approvalPolicy = approvalPolicy;
      return this;
    }

    /** How long a call waits for approval, and the decision when nobody answers in time. */
    public Builder setApprovalTimeout(ApprovalTimeout approvalTimeout) {
      this.approvalTimeout = approvalTimeout;
      return this;
    }

    /**
     * Offers the tool only on turns where {@code isEnabled} holds; {@code null}, the default,
     * always offers it.
     */
    public Builder setIsEnabled(IsEnabled isEnabled) {
      this.isEnabled = isEnabled;
      return this;
    }

    /**
     * The text the model receives when a call fails; {@code null}, the default, sends {@code
     * "Error: tool '<name>' failed: <error>"}.
     */
    public Builder setFailureMessage(ToolErrorFormatter failureMessage) {
      this.failureMessage = failureMessage;
      return this;
    }

    /** Adds a check of each call's arguments, run before the tool. */
    public Builder addInputGuardrail(ToolInputGuardrail guardrail) {
      this.inputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /** Adds a check of each call's result, run before the model sees it. */
    public Builder addOutputGuardrail(ToolOutputGuardrail guardrail) {
      this.outputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /** The tool. */
    public FunctionToolDefinition build() {
      if (parameters == null) {
        throw new IllegalStateException("Tool '" + name + "' has no parameters schema");
      }
      if (invoker == null) {
        throw new IllegalStateException("Tool '" + name + "' has no invoker");
      }
      return new FunctionToolDefinition(this);
    }
  }
}
