package dev.durableagents.runtime;

/**
 * A payload of a run is over the payload size limit: Temporal's server refuses payloads over 2 MB
 * by default (and gRPC messages over 4 MB), so the run fails with this typed cause instead of
 * retrying what no retry can fix.
 *
 * <p>It is thrown when a model request is too large to schedule (the conversation outgrew the
 * limit: carry less, or use external storage), or when the model's response came back too large. A
 * tool's result over the limit does not fail the run: the model gets a tool error that says so.
 */
public final class PayloadTooLarge extends AgentsException {

  private static final long serialVersionUID = 1L;

  /**
   * The {@code ApplicationFailure} type of payloads refused for their size, by us or the server.
   */
  public static final String TYPE = "PayloadTooLarge";

  /**
   * @param message what was too large, and the limit
   * @param cause the failure that reported it
   */
  public PayloadTooLarge(String message, Throwable cause) {
    super(message, cause);
  }
}
