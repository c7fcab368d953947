package dev.durableagents.runtime;

/**
 * A tool marked to fail the run on error ({@code @FunctionTool(failRunOnError = true)}) failed: an
 * in-workflow tool threw. (A failed tool activity fails the run with its own {@code
 * ActivityFailure}.)
 */
public final class ToolCallFailed extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String toolName;

  /**
   * @param toolName the tool
   * @param cause what it threw
   */
  public ToolCallFailed(String toolName, Throwable cause) {
    super("Tool '" + toolName + "' failed: " + cause.getMessage(), cause);
    this.toolName = toolName;
  }

  /** The tool. */
  public String toolName() {
    return toolName;
  }
}
