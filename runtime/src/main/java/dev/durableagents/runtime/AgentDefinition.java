package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.AgentTools;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.ModelSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What an agent is at run time: its name, instructions, model, tools, handoffs, guardrails and
 * output type. Annotated {@code @Agent} interfaces compile down to an {@code AgentDefinition} (in
 * the generated {@code FooDefinition} class); the builder builds or clones agents for what
 * annotations cannot express.
 *
 * <pre>{@code
 * AgentDefinition poet = AgentDefinition.newBuilder("Poet")
 *     .setInstructions("You only respond in haikus.")
 *     .setModel("gpt-4o-mini")
 *     .build();
 * RunResult<String> result = Runner.run(poet, "Tell me about recursion.");
 *
 * AgentDefinition strictPoet = poet.toBuilder().setInstructions("Haikus about Java only.").build();
 *
 * AgentDefinition researcher = AgentDefinition.newBuilder("Researcher")
 *     .addHostedTool(HostedTool.webSearch())                  // run by the provider
 *     .addHostedTool(HostedTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp"),
 *         request -> McpApprovalDecision.approve())           // runs in the workflow
 *     .addMcpServer("filesystem")     // a local MCP server the worker's plugin provides
 *     .build();
 * }</pre>
 *
 * <p>Definitions are immutable and safe to share between workflows. Everything they hold that runs
 * (instructions providers, tools, hooks, guardrails, filters) runs in workflow code and must be
 * deterministic.
 */
public final class AgentDefinition {

  /** The Agents SDK's default limit on model calls per run. */
  public static final int DEFAULT_MAX_TURNS = 10;

  private final String name;
  private final String instructions;
  private final InstructionsProvider instructionsProvider;
  private final String description;
  private final String model;
  private final ModelSettings modelSettings;
  private final List<FunctionToolDefinition> tools;
  private final List<HandoffDefinition> handoffs;
  private final List<InputGuardrail> inputGuardrails;
  private final List<OutputGuardrail<?>> outputGuardrails;
  private final OutputType<?> outputType;
  private final int outputRetries;
  private final ToolUseBehavior toolUseBehavior;
  private final boolean resetToolChoice;
  private final AgentHooks hooks;
  private final int maxTurns;
  // Hosted tools (Responses API) and the approval callbacks of hosted MCP servers, by label.
  private final List<HostedTool> hostedTools;
  private final Map<String, McpApprovalCallback> mcpApprovalCallbacks;
  private final List<String> mcpServers;
  // Approval policies of local MCP servers whose tool calls wait for a person, by server name.
  private final Map<String, ApprovalPolicy> mcpApprovalPolicies;

  private AgentDefinition(Builder b) {
    this.name = b.name;
    this.instructions = b.instructions;
    this.instructionsProvider = b.instructionsProvider;
    this.description = b.description;
    this.model = b.model;
    this.modelSettings = b.modelSettings;
    this.tools = List.copyOf(b.tools);
    this.handoffs = List.copyOf(b.handoffs);
    this.inputGuardrails = List.copyOf(b.inputGuardrails);
    this.outputGuardrails = List.copyOf(b.outputGuardrails);
    this.outputType = b.outputType;
    this.outputRetries = b.outputRetries;
    this.toolUseBehavior = b.toolUseBehavior;
    this.resetToolChoice = b.resetToolChoice;
    this.hooks = b.hooks;
    this.maxTurns = b.maxTurns;
    this.hostedTools = List.copyOf(b.hostedTools);
    this.mcpApprovalCallbacks = Map.copyOf(b.mcpApprovalCallbacks);
    this.mcpServers = List.copyOf(b.mcpServers);
    this.mcpApprovalPolicies = Map.copyOf(b.mcpApprovalPolicies);
  }

  /** A builder for an agent named {@code name}. */
  public static Builder newBuilder(String name) {
    return new Builder(name);
  }

  /** A builder holding this definition, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * This agent as a tool of another agent: the tool takes {@code {"input": "..."}}, runs this agent
   * on it inside the same workflow, and returns its final output. Like the Agents SDK's {@code
   * agent.as_tool}.
   *
   * @param toolName the tool's name, or {@code null} for this agent's name in snake case
   * @param toolDescription the tool's description, or {@code null} for this agent's description
   */
  public FunctionToolDefinition asTool(String toolName, String toolDescription) {
    return AgentTools.of(() -> this, toolName, toolDescription, null);
  }

  /**
   * This agent as a tool, returning {@code outputExtractor}'s text of the nested run's result
   * instead of its final output.
   */
  public FunctionToolDefinition asTool(
      String toolName, String toolDescription, Function<RunResult<?>, String> outputExtractor) {
    return AgentTools.of(() -> this, toolName, toolDescription, outputExtractor);
  }

  /**
   * This agent as a tool, with {@code options}: a structured input, the nested run's config (max
   * turns, hooks, ...), when the tool is enabled, what the model gets when the nested run fails.
   */
  public FunctionToolDefinition asTool(AgentToolOptions options) {
    return AgentTools.of(() -> this, options);
  }

  /** The agent's name. */
  public String name() {
    return name;
  }

  /** The static system prompt, or {@code null}. */
  public String instructions() {
    return instructions;
  }

  /** The provider of dynamic instructions, or {@code null}; it wins over static instructions. */
  public InstructionsProvider instructionsProvider() {
    return instructionsProvider;
  }

  /** What the agent does, for other agents, or {@code null}. */
  public String description() {
    return description;
  }

  /** The model name, or {@code null} for the run's or plugin's default. */
  public String model() {
    return model;
  }

  /** The model settings. */
  public ModelSettings modelSettings() {
    return modelSettings;
  }

  /** The function tools, in the order the model sees them. */
  public List<FunctionToolDefinition> tools() {
    return tools;
  }

  /** The handoffs, in the order the model sees them. */
  public List<HandoffDefinition> handoffs() {
    return handoffs;
  }

  /** The guardrails run on the input when a run starts at this agent. */
  public List<InputGuardrail> inputGuardrails() {
    return inputGuardrails;
  }

  /** The guardrails run on this agent's final output. */
  public List<OutputGuardrail<?>> outputGuardrails() {
    return outputGuardrails;
  }

  /** The output type. */
  public OutputType<?> outputType() {
    return outputType;
  }

  /**
   * How many times the model is asked again when its final output does not parse as the output
   * type, before the run fails with {@link OutputParseException}; default 0.
   */
  public int outputRetries() {
    return outputRetries;
  }

  /** What happens after tool calls. */
  public ToolUseBehavior toolUseBehavior() {
    return toolUseBehavior;
  }

  /**
   * Whether a forced tool choice ({@code "required"} or a tool's name) is reset to the provider's
   * default after the agent used a tool, so that it cannot loop forever; default true.
   */
  public boolean resetToolChoice() {
    return resetToolChoice;
  }

  /** The agent's lifecycle hooks, or {@code null}. */
  public AgentHooks hooks() {
    return hooks;
  }

  /** The most model calls of a run that starts at this agent. */
  public int maxTurns() {
    return maxTurns;
  }

  /** The tool named {@code toolName}, or {@code null}. */
  public FunctionToolDefinition findTool(String toolName) {
    for (FunctionToolDefinition tool : tools) {
      if (tool.name().equals(toolName)) {
        return tool;
      }
    }
    return null;
  }

  /** The tools the provider runs itself (web search, file search, ...), in order. */
  public List<HostedTool> hostedTools() {
    return hostedTools;
  }

  /**
   * The approval callback of the hosted MCP server labelled {@code serverLabel}, or {@code null}
   * when it has none.
   */
  public McpApprovalCallback mcpApprovalCallback(String serverLabel) {
    return mcpApprovalCallbacks.get(serverLabel);
  }

  /**
   * The names of the local MCP servers whose tools the agent's model may call, in the order their
   * tools are offered. The worker's plugin provides each ({@code
   * DurableAgentsPlugin.Builder.addMcpServer}).
   */
  public List<String> mcpServers() {
    return mcpServers;
  }

  /**
   * Which calls of the tools of the local MCP server {@code serverName} wait for a person's
   * approval, or {@code null} when none do.
   */
  public ApprovalPolicy mcpApprovalPolicy(String serverName) {
    return mcpApprovalPolicies.get(serverName);
  }

  @Override
  public String toString() {
    return "AgentDefinition{" + name + "}";
  }

  /** Builds {@link AgentDefinition}s. */
  public static final class Builder {
    private String name;
    private String instructions;
    private InstructionsProvider instructionsProvider;
    private String description;
    private String model;
    private ModelSettings modelSettings = ModelSettings.DEFAULT;
    private final List<FunctionToolDefinition> tools = new ArrayList<>();
    private final List<HandoffDefinition> handoffs = new ArrayList<>();
    private final List<InputGuardrail> inputGuardrails = new ArrayList<>();
    private final List<OutputGuardrail<?>> outputGuardrails = new ArrayList<>();
    private OutputType<?> outputType = OutputType.text();
    private int outputRetries;
    private ToolUseBehavior toolUseBehavior = ToolUseBehavior.runLlmAgain();
    private boolean resetToolChoice = true;
    private AgentHooks hooks;
    private int maxTurns = DEFAULT_MAX_TURNS;
    private final List<HostedTool> hostedTools = new ArrayList<>();
    private final Map<String, McpApprovalCallback> mcpApprovalCallbacks = new HashMap<>();
    private final List<String> mcpServers = new ArrayList<>();
    private final Map<String, ApprovalPolicy> mcpApprovalPolicies = new HashMap<>();

    private Builder(String name) {
      setName(name);
    }

    private Builder(AgentDefinition d) {
      this.name = d.name;
      this.instructions = d.instructions;
      this.instructionsProvider = d.instructionsProvider;
      this.description = d.description;
      this.model = d.model;
      this.modelSettings = d.modelSettings;
      this.tools.addAll(d.tools);
      this.handoffs.addAll(d.handoffs);
      this.inputGuardrails.addAll(d.inputGuardrails);
      this.outputGuardrails.addAll(d.outputGuardrails);
      this.outputType = d.outputType;
      this.outputRetries = d.outputRetries;
      this.toolUseBehavior = d.toolUseBehavior;
      this.resetToolChoice = d.resetToolChoice;
      this.hooks = d.hooks;
      this.maxTurns = d.maxTurns;
      this.hostedTools.addAll(d.hostedTools);
      this.mcpApprovalCallbacks.putAll(d.mcpApprovalCallbacks);
      this.mcpServers.addAll(d.mcpServers);
      this.mcpApprovalPolicies.putAll(d.mcpApprovalPolicies);
    }

    /** The agent's name. */
    public Builder setName(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("An agent's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /** The static system prompt. */
    public Builder setInstructions(String instructions) {
      this.instructions = instructions;
      this.instructionsProvider = null;
      return this;
    }

    /** Dynamic instructions, computed before each model call. */
    public Builder setInstructions(InstructionsProvider provider) {
      this.instructionsProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** What the agent does, for other agents. */
    public Builder setDescription(String description) {
      this.description = description;
      return this;
    }

    /** The model name; {@code null} for the default. */
    public Builder setModel(String model) {
      this.model = model;
      return this;
    }

    /** The model settings. */
    public Builder setModelSettings(ModelSettings modelSettings) {
      this.modelSettings = Objects.requireNonNull(modelSettings, "modelSettings");
      return this;
    }

    /** Adds tools, after those already added. */
    public Builder addTools(List<FunctionToolDefinition> tools) {
      tools.forEach(this::addTool);
      return this;
    }

    /** Adds one tool. */
    public Builder addTool(FunctionToolDefinition tool) {
      this.tools.add(Objects.requireNonNull(tool, "tool"));
      return this;
    }

    /** Replaces the tools. */
    public Builder setTools(List<FunctionToolDefinition> tools) {
      this.tools.clear();
      return addTools(tools);
    }

    /** Adds a handoff. */
    public Builder addHandoff(HandoffDefinition handoff) {
      this.handoffs.add(Objects.requireNonNull(handoff, "handoff"));
      return this;
    }

    /** Replaces the handoffs. */
    public Builder setHandoffs(List<HandoffDefinition> handoffs) {
      this.handoffs.clear();
      handoffs.forEach(this::addHandoff);
      return this;
    }

    /** Adds an input guardrail. */
    public Builder addInputGuardrail(InputGuardrail guardrail) {
      this.inputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /** Adds an output guardrail; it receives the final output, of this agent's output type. */
    public Builder addOutputGuardrail(OutputGuardrail<?> guardrail) {
      this.outputGuardrails.add(Objects.requireNonNull(guardrail, "guardrail"));
      return this;
    }

    /** The output type; default {@link OutputType#text()}. */
    public Builder setOutputType(OutputType<?> outputType) {
      this.outputType = Objects.requireNonNull(outputType, "outputType");
      return this;
    }

    /** How many times to re-ask the model after an output that does not parse; default 0. */
    public Builder setOutputRetries(int outputRetries) {
      if (outputRetries < 0) {
        throw new IllegalArgumentException("outputRetries must not be negative: " + outputRetries);
      }
      this.outputRetries = outputRetries;
      return this;
    }

    /** What happens after tool calls; default {@link ToolUseBehavior#runLlmAgain()}. */
    public Builder setToolUseBehavior(ToolUseBehavior toolUseBehavior) {
      this.toolUseBehavior = Objects.requireNonNull(toolUseBehavior, "toolUseBehavior");
      return this;
    }

    /** Whether a forced tool choice is reset after a tool call; default true. */
    public Builder setResetToolChoice(boolean resetToolChoice) {
      this.resetToolChoice = resetToolChoice;
      return this;
    }

    /** The agent's lifecycle hooks. */
    public Builder setHooks(AgentHooks hooks) {
      this.hooks = hooks;
      return this;
    }

    /** The most model calls of a run that starts at this agent; default 10. */
    public Builder setMaxTurns(int maxTurns) {
      if (maxTurns < 1) {
        throw new IllegalArgumentException("maxTurns must be at least 1, was " + maxTurns);
      }
      this.maxTurns = maxTurns;
      return this;
    }

    /**
     * Adds a tool the provider runs itself (Responses API only): web search, file search, the code
     * interpreter, image generation, or a hosted MCP server whose calls need no approval ({@code
     * withRequireApproval("never")}).
     */
    public Builder addHostedTool(HostedTool tool) {
      this.hostedTools.add(Objects.requireNonNull(tool, "tool"));
      return this;
    }

    /**
     * Adds a hosted MCP server whose tool calls the provider asks approval for; {@code callback}
     * answers each request, in the workflow.
     */
    public Builder addHostedTool(HostedTool.Mcp tool, McpApprovalCallback callback) {
      addHostedTool(tool);
      Objects.requireNonNull(callback, "callback");
      this.mcpApprovalCallbacks.put(tool.serverLabel(), callback);
      return this;
    }

    /**
     * Gives the agent the tools of a local MCP server: one the worker runs or reaches, registered
     * on the plugin under {@code serverName} ({@code
     * DurableAgentsPlugin.newBuilder().addMcpServer(McpServerProvider...)}). Before the agent's
     * first model call of a run, an activity lists the server's tools; each call of one is an
     * activity. Unlike {@link HostedTool#mcp hosted MCP}, this works with every model provider.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder addMcpServer(String serverName) {
      Objects.requireNonNull(serverName, "serverName");
      if (serverName.isBlank()) {
        throw new IllegalArgumentException("An MCP server's name must not be blank");
      }
      this.mcpServers.add(serverName);
      return this;
    }

    /**
     * Gives the agent the tools of a local MCP server, as {@link #addMcpServer(String)} does, with
     * {@code approvalPolicy} deciding which of their calls wait for a person's approval ({@link
     * ApprovalPolicy#always()}: every call). See {@link Approvals}.
     */
    public Builder addMcpServer(String serverName, ApprovalPolicy approvalPolicy) {
      addMcpServer(serverName);
      this.mcpApprovalPolicies.put(serverName, Objects.requireNonNull(approvalPolicy, "policy"));
      return this;
    }

    /** Replaces the local MCP servers. */
    public Builder setMcpServers(List<String> serverNames) {
      this.mcpServers.clear();
      this.mcpApprovalPolicies.clear();
      serverNames.forEach(this::addMcpServer);
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalArgumentException if two tools share a name, two hosted MCP tools a label, a
     *     hosted MCP tool that asks approval has no approval callback, or a local MCP server is
     *     added twice
     */
    public AgentDefinition build() {
      if (new LinkedHashSet<>(mcpServers).size() != mcpServers.size()) {
        throw new IllegalArgumentException(
            "Agent '" + name + "' names an MCP server twice: " + mcpServers);
      }
      Set<String> names = new LinkedHashSet<>();
      for (FunctionToolDefinition tool : tools) {
        if (!names.add(tool.name())) {
          throw new IllegalArgumentException(
              "Agent '"
                  + name
                  + "' has two tools named '"
                  + tool.name()
                  + "'; tool names must be unique");
        }
      }
      Set<String> labels = new LinkedHashSet<>();
      for (HostedTool tool : hostedTools) {
        if (!(tool instanceof HostedTool.Mcp mcp)) {
          continue;
        }
        if (!labels.add(mcp.serverLabel())) {
          throw new IllegalArgumentException(
              "Agent '" + name + "' has two hosted MCP tools labelled '" + mcp.serverLabel() + "'");
        }
        if (!"never".equals(mcp.requireApproval())
            && !mcpApprovalCallbacks.containsKey(mcp.serverLabel())) {
          throw new IllegalArgumentException(
              "Agent '"
                  + name
                  + "': hosted MCP tool '"
                  + mcp.serverLabel()
                  + "' asks approval for its calls but has no approval callback; add it with"
                  + " addHostedTool(mcp, callback), or use mcp.withRequireApproval(\"never\")");
        }
      }
      return new AgentDefinition(this);
    }
  }
}
