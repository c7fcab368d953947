package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.Json;
import java.util.function.Function;

/**
 * How an agent becomes a tool of another agent ({@link AgentDefinition#asTool(AgentToolOptions)}),
 * beyond a name and a description: a structured input, and the nested run's own configuration, like
 * the Agents SDK's {@code as_tool(parameters=..., max_turns=..., hooks=..., run_config=...)}.
 *
 * <pre>{@code
 * FunctionToolDefinition translate = spanishAgent.asTool(
 *     AgentToolOptions.newBuilder()
 *         .setToolName("translate_to_spanish")
 *         .setParametersSchema(
 *             "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"},"
 *                 + "\"formal\":{\"type\":\"boolean\"}},\"required\":[\"text\",\"formal\"],"
 *                 + "\"additionalProperties\":false}")
 *         .setRunConfig(RunConfig.newBuilder().setMaxTurns(3).setHooks(myHooks).build())
 *         .build());
 * }</pre>
 *
 * <p>With a parameters schema, the nested run's input is the call's arguments as JSON text (an
 * agent whose run method takes a record reads it as that record); without one, the tool takes
 * {@code {"input": "..."}} and the nested run gets the text. The nested run's config is used as
 * given, with the calling run's context when it sets none.
 */
public final class AgentToolOptions {

  private final String toolName;
  private final String description;
  private final String parametersSchema;
  private final Function<RunResult<?>, String> outputExtractor;
  private final RunConfig runConfig;
  private final IsEnabled isEnabled;
  private final ToolErrorFormatter failureMessage;
  private final boolean failRunOnError;

  private AgentToolOptions(Builder b) {
    this.toolName = b.toolName;
    this.description = b.description;
    this.parametersSchema = b.parametersSchema;
    this.outputExtractor = b.outputExtractor;
    this.runConfig = b.runConfig;
    this.isEnabled = b.isEnabled;
    this.failureMessage = b.failureMessage;
    this.failRunOnError = b.failRunOnError;
  }

  /** A builder with every default. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The tool's name, or {@code null} for the agent's name in snake case. */
  public String toolName() {
    return toolName;
  }

  /** The tool's description, or {@code null} for the agent's description. */
  public String description() {
    return description;
  }

  /** The JSON schema of the tool's arguments, or {@code null} for {@code {"input": "..."}}. */
  public String parametersSchema() {
    return parametersSchema;
  }

  /** Turns the nested run's result into the tool's output, or {@code null} for its final output. */
  public Function<RunResult<?>, String> outputExtractor() {
    return outputExtractor;
  }

  /** The nested run's config, or {@code null} for the calling run's context only. */
  public RunConfig runConfig() {
    return runConfig;
  }

  /** When the tool is offered, or {@code null} for always. */
  public IsEnabled isEnabled() {
    return isEnabled;
  }

  /** The text the model gets when the nested run fails, or {@code null} for the default. */
  public ToolErrorFormatter failureMessage() {
    return failureMessage;
  }

  /** Whether a failed nested run fails the calling run. */
  public boolean failRunOnError() {
    return failRunOnError;
  }

  /** Builds {@link AgentToolOptions}. */
  public static final class Builder {
    private String toolName;
    private String description;
    private String parametersSchema;
    private Function<RunResult<?>, String> outputExtractor;
    private RunConfig runConfig;
    private IsEnabled isEnabled;
    private ToolErrorFormatter failureMessage;
    private boolean failRunOnError;

    private Builder() {}

    /** The tool's name; default the agent's name in snake case. */
    public Builder setToolName(String toolName) {
      this.toolName = toolName;
      return this;
    }

    /** The tool's description; default the agent's description. */
    public Builder setDescription(String description) {
      this.description = description;
      return this;
    }

    /**
     * A structured input: the JSON schema (an object schema, strict-mode clean) of the tool's
     * arguments; the nested run's input is the arguments as JSON text.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public Builder setParametersSchema(String schemaJson) {
      Json.parseObject(schemaJson); // fail here, not at the first call
      this.parametersSchema = schemaJson;
      return this;
    }

    /** Turns the nested run's result into the tool's output; default its final output as JSON. */
    public Builder setOutputExtractor(Function<RunResult<?>, String> outputExtractor) {
      this.outputExtractor = outputExtractor;
      return this;
    }

    /**
     * The nested run's config: its max turns, hooks, model, guardrails, max-turns handler... The
     * calling run's context is used when it sets none.
     */
    public Builder setRunConfig(RunConfig runConfig) {
      this.runConfig = runConfig;
      return this;
    }

    /** Offers the tool only on turns where {@code isEnabled} holds. */
    public Builder setIsEnabled(IsEnabled isEnabled) {
      this.isEnabled = isEnabled;
      return this;
    }

    /** The text the model gets when the nested run fails. */
    public Builder setFailureMessage(ToolErrorFormatter failureMessage) {
      this.failureMessage = failureMessage;
      return this;
    }

    /** Whether a failed nested run fails the calling run; default false (the model is told). */
    public Builder setFailRunOnError(boolean failRunOnError) {
      this.failRunOnError = failRunOnError;
      return this;
    }

    /** The options. */
    public AgentToolOptions build() {
      return new AgentToolOptions(this);
    }
  }
}
