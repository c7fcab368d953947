package dev.durableagents.runtime;

import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.ModelSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an agent is at run time: its name, instructions, model, tools and output type. Annotated
 * {@code @Agent} interfaces compile down to an {@code AgentDefinition} (in the generated {@code
 * FooDefinition} class); the builder builds or clones agents for what annotations cannot express.
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
 *     .build();
 * }</pre>
 *
 * <p>Definitions are immutable and safe to share between workflows.
 */
public final class AgentDefinition {

  /** The Agents SDK's default limit on model calls per run. */
  public static final int DEFAULT_MAX_TURNS = 10;

  private final String name;
  private final String instructions;
  private final String description;
  private final String model;
  private final ModelSettings modelSettings;
  private final List<FunctionToolDefinition> tools;
  private final OutputType<?> outputType;
  private final int maxTurns;
  // Hosted tools (Responses API) and the approval callbacks of hosted MCP servers, by label.
  private final List<HostedTool> hostedTools;
  private final Map<String, McpApprovalCallback> mcpApprovalCallbacks;

  private AgentDefinition(Builder b) {
    this.name = b.name;
    this.instructions = b.instructions;
    this.description = b.description;
    this.model = b.model;
    this.modelSettings = b.modelSettings;
    this.tools = List.copyOf(b.tools);
    this.outputType = b.outputType;
    this.maxTurns = b.maxTurns;
    this.hostedTools = List.copyOf(b.hostedTools);
    this.mcpApprovalCallbacks = Map.copyOf(b.mcpApprovalCallbacks);
  }

  /** A builder for an agent named {@code name}. */
  public static Builder newBuilder(String name) {
    return new Builder(name);
  }

  /** A builder holding this definition, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The agent's name. */
  public String name() {
    return name;
  }

  /** The system prompt, or {@code null}. */
  public String instructions() {
    return instructions;
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

  /** The output type. */
  public OutputType<?> outputType() {
    return outputType;
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

  @Override
  public String toString() {
    return "AgentDefinition{" + name + "}";
  }

  /** Builds {@link AgentDefinition}s. */
  public static final class Builder {
    private String name;
    private String instructions;
    private String description;
    private String model;
    private ModelSettings modelSettings = ModelSettings.DEFAULT;
    private final List<FunctionToolDefinition> tools = new ArrayList<>();
    private OutputType<?> outputType = OutputType.text();
    private int maxTurns = DEFAULT_MAX_TURNS;
    private final List<HostedTool> hostedTools = new ArrayList<>();
    private final Map<String, McpApprovalCallback> mcpApprovalCallbacks = new HashMap<>();

    private Builder(String name) {
      setName(name);
    }

    private Builder(AgentDefinition d) {
      this.name = d.name;
      this.instructions = d.instructions;
      this.description = d.description;
      this.model = d.model;
      this.modelSettings = d.modelSettings;
      this.tools.addAll(d.tools);
      this.outputType = d.outputType;
      this.maxTurns = d.maxTurns;
      this.hostedTools.addAll(d.hostedTools);
      this.mcpApprovalCallbacks.putAll(d.mcpApprovalCallbacks);
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

    /** The system prompt. */
    public Builder setInstructions(String instructions) {
      this.instructions = instructions;
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
      this.tools.addAll(tools);
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

    /** The output type; default {@link OutputType#text()}. */
    public Builder setOutputType(OutputType<?> outputType) {
      this.outputType = Objects.requireNonNull(outputType, "outputType");
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
     * The definition.
     *
     * @throws IllegalArgumentException if two tools share a name, two hosted MCP tools a label, or
     *     a hosted MCP tool that asks approval has no approval callback
     */
    public AgentDefinition build() {
      Set<String> names = new LinkedHashSet<>();
      for (FunctionToolDefinition tool : tools) {
        if (!names.add(tool.name())) {
          throw new IllegalArgumentException(
              "Agent '" + name + "' has two tools named '" + tool.name() + "'; tool names must be unique");
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
