package dev.durableagents.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.annotations.ToolNames;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.FunctionToolSpec;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A handoff at run time: a tool the model may call to hand the conversation to another agent. The
 * target is given lazily, so agents may hand off to each other in cycles (triage and FAQ agents).
 *
 * <pre>{@code
 * HandoffDefinition toSpanish = HandoffDefinition.newBuilder(() -> spanishAgent)
 *     .setInputFilter(HandoffFilters.removeAllTools())
 *     .build();
 * AgentDefinition triage = AgentDefinition.newBuilder("Triage").addHandoff(toSpanish).build();
 * }</pre>
 *
 * <p>Defaults follow the OpenAI Agents SDK: the tool is named {@code transfer_to_} plus the
 * target's name in snake case, described as {@code "Handoff to the <name> agent to handle the
 * request."} followed by the target's description.
 */
public final class HandoffDefinition {

  private static final String EMPTY_SCHEMA =
      "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}";

  private final Supplier<AgentDefinition> target;
  private final String toolName;
  private final String description;
  private final HandoffInputFilter inputFilter;
  private final OnHandoff<Object> onHandoff;
  private final Class<?> inputType;
  private final ObjectNode inputSchema;
  private final boolean strict;
  private final IsEnabled isEnabled;

  @SuppressWarnings("unchecked")
  private HandoffDefinition(Builder b) {
    this.target = b.target;
    this.toolName = b.toolName;
    this.description = b.description;
    this.inputFilter = b.inputFilter;
    this.onHandoff = (OnHandoff<Object>) b.onHandoff;
    this.inputType = b.inputType;
    this.inputSchema = b.inputSchema;
    this.strict = b.strict;
    this.isEnabled = b.isEnabled;
  }

  /** A handoff to the agent {@code target} supplies. */
  public static Builder newBuilder(Supplier<AgentDefinition> target) {
    return new Builder(target);
  }

  /** A handoff to {@code target}, with every default. */
  public static HandoffDefinition to(AgentDefinition target) {
    Objects.requireNonNull(target, "target");
    return newBuilder(() -> target).build();
  }

  /** The agent that takes over. */
  public AgentDefinition target() {
    return Objects.requireNonNull(target.get(), "handoff target");
  }

  /** The tool name the model sees. */
  public String toolName() {
    return toolName != null ? toolName : ToolNames.handoff(target().name());
  }

  /** The tool description the model sees. */
  public String description() {
    if (description != null) {
      return description;
    }
    AgentDefinition agent = target();
    String text = "Handoff to the " + agent.name() + " agent to handle the request.";
    return agent.description() == null ? text : text + " " + agent.description();
  }

  /** The filter applied to what the next agent sees, or {@code null}. */
  public HandoffInputFilter inputFilter() {
    return inputFilter;
  }

  /** The hook called when the handoff is taken, or {@code null}. */
  public OnHandoff<Object> onHandoff() {
    return onHandoff;
  }

  /** The type the model's input is parsed into, or {@code null} for no input. */
  public Class<?> inputType() {
    return inputType;
  }

  /**
   * Whether the handoff is offered to {@code agent}'s model on this turn: its {@link IsEnabled}
   * predicate, {@code true} when it has none.
   */
  public boolean isEnabled(RunContext<?> context, AgentDefinition agent) {
    return isEnabled == null || isEnabled.test(context, agent);
  }

  /** What the model is told about the handoff tool. */
  public FunctionToolSpec spec() {
    return new FunctionToolSpec(toolName(), description(), inputSchema, strict);
  }

  /** Builds {@link HandoffDefinition}s. */
  public static final class Builder {
    private final Supplier<AgentDefinition> target;
    private String toolName;
    private String description;
    private HandoffInputFilter inputFilter;
    private OnHandoff<?> onHandoff;
    private Class<?> inputType;
    private ObjectNode inputSchema = Json.parseObject(EMPTY_SCHEMA);
    private boolean strict = true;
    private IsEnabled isEnabled;

    private Builder(Supplier<AgentDefinition> target) {
      this.target = Objects.requireNonNull(target, "target");
    }

    /** The tool name; default {@code transfer_to_<target name in snake case>}. */
    public Builder setToolName(String toolName) {
      this.toolName = toolName;
      return this;
    }

    /** The tool description; default derived from the target. */
    public Builder setDescription(String description) {
      this.description = description;
      return this;
    }

    /** Trims what the next agent sees. */
    public Builder setInputFilter(HandoffInputFilter inputFilter) {
      this.inputFilter = inputFilter;
      return this;
    }

    /** A hook without input, called when the handoff is taken. */
    public Builder setOnHandoff(OnHandoff<Void> onHandoff) {
      this.onHandoff = Objects.requireNonNull(onHandoff, "onHandoff");
      this.inputType = null;
      return this;
    }

    /**
     * A hook with typed input: the model must pass a JSON value of {@code inputSchemaJson} (an
     * object schema), parsed into {@code inputType}.
     */
    public <I> Builder setOnHandoff(
        Class<I> inputType, String inputSchemaJson, boolean strict, OnHandoff<I> onHandoff) {
      this.onHandoff = Objects.requireNonNull(onHandoff, "onHandoff");
      this.inputType = Objects.requireNonNull(inputType, "inputType");
      this.inputSchema = Json.parseObject(inputSchemaJson);
      this.strict = strict;
      return this;
    }

    /**
     * Offers the handoff only on turns where {@code isEnabled} holds; {@code null}, the default,
     * always offers it.
     */
    public Builder setIsEnabled(IsEnabled isEnabled) {
      this.isEnabled = isEnabled;
      return this;
    }

    /** The handoff. */
    public HandoffDefinition build() {
      return new HandoffDefinition(this);
    }
  }
}
