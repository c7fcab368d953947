package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.core.http.Headers;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How failed OpenAI calls become typed model exceptions, through the real client and the stub. */
class OpenAIErrorsTest {

  static final String KEY = "sk-test-secret";
  static final ModelRequest REQUEST =
      new ModelRequest(
          "A", "gpt-4o", null, List.of(Message.user("Hi")), null, null, null, null, null);

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider = OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  private ModelException fail(Reply reply) {
    stub.enqueue(reply);
    ModelException e =
        assertThrows(ModelException.class, () -> provider.getModel("gpt-4o").getResponse(REQUEST));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    return e;
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 503})
  void transientStatusesAreRetryable(int status) {
    ModelException e = fail(Reply.error(status, null, "Try again later"));

    assertTrue(e.retryable());
    assertEquals(OpenAIErrors.RETRYABLE_ERROR, e.type());
    assertEquals("OpenAI API error " + status + ": Try again later", e.getMessage());
    assertNull(e.nextRetryDelay());
    assertEquals(1, stub.requests().size(), "maxRetries(0): the client itself never retries");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void clientErrorsAreNotRetryable(int status) {
    ModelException e = fail(Reply.error(status, "some_code", "Something is wrong"));

    assertFalse(e.retryable());
    assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, e.type());
    assertEquals("OpenAI API error " + status + " (some_code): Something is wrong", e.getMessage());
    assertEquals(status, e.status());
    assertEquals(1, stub.requests().size());
  }

  @Test
  void invalidApiKeyNamesStatusAndCode() {
    ModelException e = fail(Reply.error(401, "invalid_api_key", "Incorrect API key provided"));

    assertFalse(e.retryable());
    assertEquals(
        "OpenAI API error 401 (invalid_api_key): Incorrect API key provided", e.getMessage());
  }

  @Test
  void aKeyEchoedByTheServerIsRedacted() {
    ModelException e =
        fail(Reply.error(401, "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

    assertEquals(
        "OpenAI API error 401 (invalid_api_key): Incorrect API key provided: [REDACTED].",
        e.getMessage());
    assertNull(e.getCause(), "a cause whose message holds the key is dropped");
  }

  @Test
  void retryAfterMsIsTheNextRetryDelay() {
    ModelException e =
        fail(
            Reply.error(429, "rate_limit_exceeded", "Slow down")
                .withHeader("retry-after-ms", "1500"));

    assertTrue(e.retryable());
    assertEquals(Duration.ofMillis(1500), e.nextRetryDelay());
  }

  @Test
  void retryAfterSecondsIsTheNextRetryDelay() {
    ModelException e =
        fail(Reply.error(429, "rate_limit_exceeded", "Slow down").withHeader("retry-after", "2"));

    assertEquals(Duration.ofSeconds(2), e.nextRetryDelay());
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    ModelException e =
        fail(
            Reply.error(503, null, "Overloaded")
                .withHeader("retry-after", "30")
                .withHeader("retry-after-ms", "250"));

    assertEquals(Duration.ofMillis(250), e.nextRetryDelay());
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Headers headers = Headers.builder().put("Retry-After", "Thu, 01 Jan 2026 00:00:03 GMT").build();

    assertEquals(Duration.ofSeconds(3), OpenAIErrors.retryDelay(headers, clock));
    Headers past = Headers.builder().put("Retry-After", "Wed, 31 Dec 2025 23:00:00 GMT").build();
    assertNull(OpenAIErrors.retryDelay(past, clock));
    Headers junk = Headers.builder().put("Retry-After", "soon").put("retry-after-ms", "-5").build();
    assertNull(OpenAIErrors.retryDelay(junk, clock));
  }

  @Test
  void insufficientQuotaIsNotRetryableEvenOn429() {
    ModelException e =
        fail(
            Reply.error(429, "insufficient_quota", "You exceeded your current quota")
                .withHeader("retry-after", "1"));

    assertFalse(e.retryable());
    assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, e.type());
    assertNull(e.nextRetryDelay());
    assertTrue(
        e.getMessage().startsWith("OpenAI API error 429 (insufficient_quota)"), e.getMessage());
  }

  @Test
  void insufficientQuotaMayBeTheErrorType() {
    ModelException e =
        fail(
            Reply.raw(
                429,
                OpenAIStubServer.errorBody("insufficient_quota", null, "Out of credit")
                    .toString()));

    assertFalse(e.retryable());
    assertEquals("OpenAI API error 429: Out of credit", e.getMessage());
  }

  @Test
  void xShouldRetryFalseOverridesA500() {
    ModelException e = fail(Reply.error(500, null, "Broken").withHeader("x-should-retry", "false"));

    assertFalse(e.retryable());
    assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, e.type());
    assertEquals(1, stub.requests().size());
  }

  @Test
  void xShouldRetryTrueOverridesA400() {
    ModelException e = fail(Reply.error(400, null, "Busy").withHeader("x-should-retry", "true"));

    assertTrue(e.retryable());
    assertEquals(OpenAIErrors.RETRYABLE_ERROR, e.type());
  }

  @Test
  void aBodyThatIsNotOpenAIsStillNamesTheStatus() {
    ModelException e = fail(Reply.raw(502, "<html>Bad gateway</html>"));

    assertTrue(e.retryable());
    assertTrue(e.getMessage().startsWith("OpenAI API error 502"), e.getMessage());

    ModelException other = fail(Reply.raw(400, "{\"detail\":\"model not loaded\"}"));
    assertFalse(other.retryable());
    assertTrue(other.getMessage().contains("model not loaded"), other.getMessage());
  }

  @Test
  void anUnreadableSuccessIsARetryableInvalidResponse() {
    ModelException e = fail(Reply.raw(200, "not json"));

    assertTrue(e.retryable());
    assertEquals(OpenAIErrors.INVALID_RESPONSE_ERROR, e.type());
  }

  @Test
  void aRefusedConnectionIsARetryableConnectionError() {
    String deadUrl = stub.baseUrl();
    stub.close();
    try (OpenAIProvider dead =
        OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(deadUrl).build()) {
      ModelException e =
          assertThrows(ModelException.class, () -> dead.getModel(null).getResponse(REQUEST));

      assertTrue(e.retryable());
      assertEquals(OpenAIErrors.CONNECTION_ERROR, e.type());
      assertNull(e.status()); // no HTTP response
      assertTrue(e.getMessage().startsWith("OpenAI API connection failed"), e.getMessage());
    }
  }

  @Test
  void aTimeoutIsARetryableConnectionError() {
    stub.enqueue(
        Reply.json(OpenAIStubServer.textResponse("resp_1", "late"))
            .withDelay(Duration.ofSeconds(2)));
    try (OpenAIProvider impatient =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setBaseUrl(stub.baseUrl())
            .setTimeout(Duration.ofMillis(200))
            .build()) {
      ModelException e =
          assertThrows(ModelException.class, () -> impatient.getModel(null).getResponse(REQUEST));

      assertTrue(e.retryable());
      assertEquals(OpenAIErrors.CONNECTION_ERROR, e.type());
      assertEquals(1, stub.requests().size());
    }
  }

  @Test
  void unscriptedStubCallsFailFastAndSaySo() {
    ModelException e =
        assertThrows(ModelException.class, () -> provider.getModel(null).getResponse(REQUEST));

    assertFalse(e.retryable(), "the stub's x-should-retry: false keeps tests from retrying");
    assertTrue(e.getMessage().contains("no reply scripted for POST /v1/responses"), e.getMessage());
  }
}
