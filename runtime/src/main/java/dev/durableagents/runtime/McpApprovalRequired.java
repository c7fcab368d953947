package dev.durableagents.runtime;

/**
 * The model asked to call a tool of a hosted MCP server that requires approval, and the agent has
 * no approval callback for that server. Give one with {@code
 * AgentDefinition.Builder.addHostedTool(HostedTool.Mcp, McpApprovalCallback)}, or configure the
 * tool with {@code withRequireApproval("never")}.
 */
public final class McpApprovalRequired extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String serverLabel;
  private final String toolName;

  /**
   * @param agentName the agent whose model asked
   * @param serverLabel the MCP server's label
   * @param toolName the tool the model wanted to call
   */
  public McpApprovalRequired(String agentName, String serverLabel, String toolName) {
    super(
        "Agent '"
            + agentName
            + "' needs approval to call tool '"
            + toolName
            + "' of hosted MCP server '"
            + serverLabel
            + "', but has no approval callback for that server: add the tool with"
            + " addHostedTool(mcp, callback), or set withRequireApproval(\"never\")",
        null);
    this.serverLabel = serverLabel;
    this.toolName = toolName;
  }

  /** The MCP server's label. */
  public String serverLabel() {
    return serverLabel;
  }

  /** The tool the model wanted to call. */
  public String toolName() {
    return toolName;
  }
}
