package dev.durableagents.runtime;

import java.time.Duration;

/**
 * A failure of a model call that says whether Temporal should retry it. Thrown by {@link Model}
 * implementations; the model activity turns it into an {@code ApplicationFailure} of type {@link
 * #type()}, non-retryable when {@link #retryable()} is false, with {@link #nextRetryDelay()} as the
 * delay before the next attempt when given.
 */
public class ModelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final boolean retryable;
  private final Duration nextRetryDelay;
  private final Integer status;

  /**
   * @param message what failed, for people
   * @param type a stable failure type, usable in a retry policy's {@code doNotRetry} list
   * @param retryable whether another attempt may succeed
   * @param nextRetryDelay how long to wait before the next attempt, or {@code null} for the retry
   *     policy's backoff
   * @param cause the underlying exception, or {@code null}
   */
  public ModelException(
      String message, String type, boolean retryable, Duration nextRetryDelay, Throwable cause) {
    this(message, type, retryable, nextRetryDelay, null, cause);
  }

  /**
   * @param message what failed, for people
   * @param type a stable failure type, usable in a retry policy's {@code doNotRetry} list
   * @param retryable whether another attempt may succeed
   * @param nextRetryDelay how long to wait before the next attempt, or {@code null} for the retry
   *     policy's backoff
   * @param status the HTTP status the provider answered with, or {@code null} (no response, or not
   *     an HTTP failure); the activity's failure carries it as its details
   * @param cause the underlying exception, or {@code null}
   */
  public ModelException(
      String message,
      String type,
      boolean retryable,
      Duration nextRetryDelay,
      Integer status,
      Throwable cause) {
    super(message, cause);
    this.type = type;
    this.retryable = retryable;
    this.nextRetryDelay = nextRetryDelay;
    this.status = status;
  }

  /** The stable failure type. */
  public String type() {
    return type;
  }

  /** Whether another attempt may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** The HTTP status the provider answered with, or {@code null}. */
  public Integer status() {
    return status;
  }

  /** The delay before the next attempt, or {@code null}. */
  public Duration nextRetryDelay() {
    return nextRetryDelay;
  }
}
