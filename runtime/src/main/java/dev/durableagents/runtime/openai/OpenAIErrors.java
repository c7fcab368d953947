package dev.durableagents.runtime.openai;

import com.openai.core.JsonField;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import dev.durableagents.runtime.ModelException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The failure types of OpenAI model calls, and how openai-java exceptions map to them.
 *
 * <p>A failed call surfaces in the workflow as an {@code ApplicationFailure} whose type is one of
 * the constants below. They are stable: list them in a retry policy's {@code doNotRetry} to stop
 * retrying what the provider would retry, for example:
 *
 * <pre>{@code
 * RetryOptions.newBuilder().setDoNotRetry(OpenAIErrors.CONNECTION_ERROR).build();
 * }</pre>
 *
 * <p>HTTP errors follow OpenAI's own client: 408, 409, 429 and 5xx are retryable, other statuses
 * are not; an {@code x-should-retry: true|false} header overrides that, and an {@code
 * insufficient_quota} error is never retried (waiting does not add credit). A {@code
 * retry-after-ms} (milliseconds) or {@code retry-after} (seconds or an HTTP date) header becomes
 * the delay before Temporal's next attempt. Messages name the status, the OpenAI error code and
 * message, never the API key.
 */
public final class OpenAIErrors {

  /** An HTTP error worth retrying: 408, 409, 429, 5xx, or {@code x-should-retry: true}. */
  public static final String RETRYABLE_ERROR = "OpenAIRetryableError";

  /**
   * An HTTP error not worth retrying: other 4xx (bad request, invalid key, no access, unknown
   * model, ...), {@code insufficient_quota}, or {@code x-should-retry: false}.
   */
  public static final String NON_RETRYABLE_ERROR = "OpenAINonRetryableError";

  /** No HTTP response: the connection failed or the call timed out. Retryable. */
  public static final String CONNECTION_ERROR = "OpenAIConnectionError";

  /** The server answered with something the client could not read. Retryable. */
  public static final String INVALID_RESPONSE_ERROR = "OpenAIInvalidResponseError";

  /** The provider is not configured, for example no API key is set. Not retryable. */
  public static final String CONFIGURATION_ERROR = "OpenAIConfigurationError";

  /**
   * The request asks for something the selected API cannot do, for example a hosted tool or a
   * server-side conversation on the Chat Completions API. Not retryable: change the agent or the
   * provider's API.
   */
  public static final String UNSUPPORTED_REQUEST_ERROR = "OpenAIUnsupportedRequestError";

  private static final String REDACTED = "[REDACTED]";
  private static final int MAX_DETAIL_LENGTH = 500;

  private OpenAIErrors() {}

  /**
   * Runs one API call, turning the openai-java exceptions it throws into {@link ModelException}s of
   * this class's types (a {@code ModelException} thrown by the mapping passes through).
   */
  static <T> T call(Supplier<T> apiCall, String secret, Clock clock) {
    try {
      return apiCall.get();
    } catch (ModelException e) {
      throw e;
    } catch (RuntimeException e) {
      ModelException failure = toModelException(e, secret, clock);
      throw failure != null ? failure : e;
    }
  }

  /**
   * Maps an exception thrown by openai-java to a {@link ModelException}.
   *
   * @param e what the client threw
   * @param secret the API key, removed from every message; may be {@code null}
   * @param clock the clock {@code retry-after} HTTP dates are measured against
   * @return the exception to throw, or {@code null} when {@code e} is not an openai-java failure
   */
  static ModelException toModelException(RuntimeException e, String secret, Clock clock) {
    if (e instanceof OpenAIServiceException service) {
      return fromServiceException(service, secret, clock);
    }
    if (e instanceof OpenAIIoException || e instanceof OpenAIRetryableException) {
      return new ModelException(
          redact("OpenAI API connection failed: " + describe(e), secret),
          CONNECTION_ERROR,
          true,
          null,
          safeCause(e, secret));
    }
    if (e instanceof OpenAIInvalidDataException) {
      return new ModelException(
          redact("OpenAI API returned a response that could not be read: " + describe(e), secret),
          INVALID_RESPONSE_ERROR,
          true,
          null,
          safeCause(e, secret));
    }
    return null;
  }

  /** The failure for a missing API key. */
  static ModelException missingApiKey() {
    return new ModelException(
        "OPENAI_API_KEY is not set: set the environment variable, or configure the key with"
            + " OpenAIProvider.newBuilder().setApiKey(...)",
        CONFIGURATION_ERROR,
        false,
        null,
        null);
  }

  private static ModelException fromServiceException(
      OpenAIServiceException e, String secret, Clock clock) {
    int status = e.statusCode();
    Headers headers = e.headers();
    Map<String, JsonValue> error = errorObject(e);
    String code = string(error, "code").orElse(null);
    String detail = string(error, "message").orElseGet(() -> rawBody(e));

    boolean retryable;
    // OpenAI names a quota error in the code, the type, or both.
    if ("insufficient_quota".equals(code)
        || "insufficient_quota".equals(string(error, "type").orElse(null))) {
      retryable = false;
    } else {
      String shouldRetry = first(headers, "x-should-retry");
      if ("true".equalsIgnoreCase(shouldRetry)) {
        retryable = true;
      } else if ("false".equalsIgnoreCase(shouldRetry)) {
        retryable = false;
      } else {
        retryable = isRetryableStatus(status);
      }
    }

    StringBuilder message = new StringBuilder("OpenAI API error ").append(status);
    if (code != null && !code.isEmpty()) {
      message.append(" (").append(code).append(')');
    }
    if (detail != null && !detail.isEmpty()) {
      message.append(": ").append(detail);
    }
    return new ModelException(
        redact(message.toString(), secret),
        retryable ? RETRYABLE_ERROR : NON_RETRYABLE_ERROR,
        retryable,
        retryable ? retryDelay(headers, clock) : null,
        status,
        safeCause(e, secret));
  }

  /** Whether OpenAI's client would retry this status: 408, 409, 429 and 5xx. */
  static boolean isRetryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * The delay the server asks for: {@code retry-after-ms} in milliseconds, else {@code retry-after}
   * in seconds or as an HTTP date; {@code null} when absent, unreadable or not positive.
   */
  static Duration retryDelay(Headers headers, Clock clock) {
    String millis = first(headers, "retry-after-ms");
    if (millis != null) {
      Duration delay = parseAmount(millis, 1_000_000L);
      if (delay != null) {
        return delay;
      }
    }
    String retryAfter = first(headers, "retry-after");
    if (retryAfter == null) {
      return null;
    }
    Duration seconds = parseAmount(retryAfter, 1_000_000_000L);
    if (seconds != null) {
      return seconds;
    }
    try {
      OffsetDateTime at =
          OffsetDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(OffsetDateTime.now(clock), at);
      return delay.isNegative() || delay.isZero() ? null : delay;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration parseAmount(String value, long nanosPerUnit) {
    try {
      double amount = Double.parseDouble(value.trim());
      if (!(amount > 0) || Double.isInfinite(amount)) {
        return null;
      }
      return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static String first(Headers headers, String name) {
    if (headers == null) {
      return null;
    }
    List<String> values = headers.values(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The OpenAI error object of the response body ({@code {"error": {...}}}), or an empty map. */
  private static Map<String, JsonValue> errorObject(OpenAIServiceException e) {
    try {
      return json(e.body()).asObject().orElse(Map.of());
    } catch (RuntimeException unreadable) {
      return Map.of();
    }
  }

  private static Optional<String> string(Map<String, JsonValue> object, String key) {
    JsonValue value = object.get(key);
    return value == null ? Optional.empty() : json(value).asString();
  }

  /** {@code value} typed so that Java sees the generic signatures of its accessors. */
  private static JsonField<?> json(JsonValue value) {
    return value;
  }

  /** The error body as compact JSON, cut to a readable length, when it has no message field. */
  private static String rawBody(OpenAIServiceException e) {
    try {
      JsonValue body = e.body();
      if (body == null || body.isMissing() || body.isNull()) {
        return null;
      }
      String text =
          json(body)
              .asString()
              .orElseGet(() -> ObjectMappers.jsonMapper().valueToTree(body).toString());
      return text.length() > MAX_DETAIL_LENGTH
          ? text.substring(0, MAX_DETAIL_LENGTH) + "..."
          : text;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      text.append(": ").append(e.getMessage());
    }
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      text.append(" (").append(cause.getClass().getSimpleName());
      if (cause.getMessage() != null) {
        text.append(": ").append(cause.getMessage());
      }
      text.append(')');
    }
    return text.toString();
  }

  /**
   * {@code e} itself as the cause when no message in its chain holds the secret; else none, so the
   * secret cannot reach the workflow history through a serialized cause.
   */
  private static Throwable safeCause(Throwable e, String secret) {
    if (secret == null || secret.isEmpty()) {
      return e;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(secret)) {
        return null;
      }
    }
    return e;
  }

  /** {@code text} with every occurrence of {@code secret} replaced. */
  static String redact(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, REDACTED);
  }
}
