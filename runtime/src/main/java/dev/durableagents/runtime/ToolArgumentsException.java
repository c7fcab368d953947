package dev.durableagents.runtime;

/**
 * The model's arguments for a tool call are malformed or do not fit the tool's parameters. The run
 * does not fail: the message goes back to the model as the call's output, so it can try again.
 */
public final class ToolArgumentsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, for the model
   * @param cause the parser's exception, or {@code null}
   */
  public ToolArgumentsException(String message, Throwable cause) {
    super(message, cause);
  }
}
