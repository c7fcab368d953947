package dev.durableagents.runtime;

/**
 * A tool marked to fail the run on error ({@code @FunctionTool(failRunOnError = true)}) failed: an
 * in-workflow tool threw, or a tool activity failed after its retries (then the {@code
 * ActivityFailure} is the cause). Uncaught, the workflow fails with an {@code ApplicationFailure}
 * of type {@code ToolCallFailed} whose details are the tool's name; {@link AgentFailures#from}
 * turns it back into this exception at the client.
 */
public final class ToolCallFailed extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String toolName;

  /**
   * @param toolName the tool
   * @param cause what it threw
   */
  public ToolCallFailed(String toolName, Throwable cause) {
    this("Tool '" + toolName + "' failed: " + cause.getMessage(), toolName, cause);
  }

  /**
   * @param message what failed, for people
   * @param toolName the tool
   * @param cause what it threw, or the tool activity's failure
   */
  public ToolCallFailed(String message, String toolName, Throwable cause) {
    super(message, cause);
    this.toolName = toolName;
  }

  /** The tool, as the model names it; {@code null} when decoded from a failure without it. */
  public String toolName() {
    return toolName;
  }

  @Override
  public Object[] details() {
    return new Object[] {toolName};
  }
}
