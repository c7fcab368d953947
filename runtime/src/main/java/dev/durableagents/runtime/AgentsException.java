package dev.durableagents.runtime;

/**
 * Base of the exceptions an agent run throws in workflow code: the calling workflow can catch them.
 * When one escapes a workflow (or an update handler), the {@link DurableAgentsPlugin} fails the
 * workflow with a non-retryable {@code ApplicationFailure} whose type is the exception's simple
 * class name (for example {@code "MaxTurnsExceeded"}), so a client sees a typed cause.
 */
public abstract class AgentsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected AgentsException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The type of the {@code ApplicationFailure} this becomes: the simple class name. */
  public String failureType() {
    return getClass().getSimpleName();
  }

  /** The details of the {@code ApplicationFailure} this becomes; serializable values. */
  public Object[] details() {
    return new Object[0];
  }
}
