package dev.durableagents.runtime;

/**
 * The tools an agent's local MCP servers offer cannot be given to its model: a tool's name is
 * already taken (by one of the agent's own tools, a handoff, or a tool of another of its MCP
 * servers), or is not a name the model can call ({@code ^[a-zA-Z0-9_-]{1,64}$}). The run fails with
 * this before the agent's first model call.
 */
public final class McpToolsRejected extends AgentsException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the agent, the server and the tool
   */
  public McpToolsRejected(String message) {
    super(message, null);
  }
}
