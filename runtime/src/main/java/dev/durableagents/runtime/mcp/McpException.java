package dev.durableagents.runtime.mcp;

/**
 * An MCP operation failed. Failures to reach or talk to the server (the process did not start, the
 * connection broke, no answer in time) are retryable; an error the server answered (an unknown
 * tool, invalid parameters) is not.
 */
public class McpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * @param message what failed
   * @param retryable whether trying again may succeed
   * @param cause the cause, or {@code null}
   */
  public McpException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether trying again may succeed. */
  public boolean retryable() {
    return retryable;
  }
}
