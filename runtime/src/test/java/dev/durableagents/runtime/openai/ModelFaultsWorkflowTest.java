package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.MultiModelProvider;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import dev.durableagents.runtime.testing.Scenarios;
import dev.durableagents.runtime.testing.Scenarios.Outcome;
import dev.durableagents.runtime.testing.Scenarios.ScenarioWorkflow;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model faults handled the Temporal way, read from workflow histories: both APIs over real HTTP to
 * the loopback stub, on a server that does not skip time, with at most two attempts a short
 * interval apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFaultsWorkflowTest {

  static final String KEY = "sk-faults-secret";

  /**
   * Long enough that no call but the hanging one times out on a loaded machine (a timed-out call is
   * a second attempt, which the single-attempt tests would see); the hanging test waits this long.
   */
  static final Duration START_TO_CLOSE = Duration.ofSeconds(6);

  OpenAIStubServer stub;
  OpenAIProvider responses;
  OpenAIProvider chat;
  OpenAIProvider dead;
  AgentTestEnvironment env;
  int runs;

  @BeforeAll
  void startAll() {
    stub = new OpenAIStubServer().start();
    responses = OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();
    chat =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setBaseUrl(stub.baseUrl())
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .build();
    // Port 9 on loopback: nothing listens, the connection is refused.
    dead = OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl("http://127.0.0.1:9/v1").build();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(
                MultiModelProvider.newBuilder()
                    .addProvider("responses", responses)
                    .addProvider("chat", chat)
                    .addProvider("dead", dead)
                    .build())
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(START_TO_CLOSE)
                    .setRetryOptions(
                        RetryOptions.newBuilder()
                            .setInitialInterval(Duration.ofMillis(10))
                            .setBackoffCoefficient(1.0)
                            .setMaximumAttempts(2)
                            .build())
                    .build())
            .build();
    env = AgentTestEnvironment.createRealTime(plugin);
    env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
    for (String model : List.of("responses/gpt-4o", "chat/gpt-4o-mini", "dead/gpt-4o")) {
      Scenarios.register(
          "faults " + model,
          () ->
              Outcome.of(
                  Runner.run(
                      AgentDefinition.newBuilder("Assistant").setModel(model).build(), "Hi")));
    }
    env.start();
    warmUp();
  }

  /**
   * One call on each API outside Temporal first, with no timeout: the first call of a JVM loads the
   * client's classes, which on a loaded machine can take longer than {@link #START_TO_CLOSE}, and a
   * timed-out first attempt would be a second attempt in a test that counts them.
   */
  private void warmUp() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_warm", "Warm.")));
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-warm", "Warm.")));
    ModelRequest hello =
        new ModelRequest(
            "Assistant", "gpt-4o", null, List.of(Message.user("Hi")), null, null, null, null, null);
    responses.getModel("gpt-4o").getResponse(hello);
    chat.getModel("gpt-4o-mini").getResponse(hello);
  }

  @AfterAll
  void stopAll() {
    env.close();
    responses.close();
    chat.close();
    dead.close();
    stub.close();
  }

  @BeforeEach
  void resetStub() {
    stub.reset();
  }

  /** The scenario for {@code api}, and the path its requests go to. */
  record Api(String model, String path) {
    static final Api RESPONSES = new Api("responses/gpt-4o", OpenAIStubServer.RESPONSES_PATH);
    static final Api CHAT = new Api("chat/gpt-4o-mini", OpenAIStubServer.CHAT_COMPLETIONS_PATH);

    @Override
    public String toString() {
      return model;
    }
  }

  private String start(Api api) {
    return "faults-" + api.model().replace('/', '-') + "-" + runs++;
  }

  private Outcome run(String model, String workflowId) {
    return env.newWorkflow(ScenarioWorkflow.class, workflowId).run("faults " + model);
  }

  private WorkflowExecutionHistory history(String workflowId) {
    return Histories.of(env.client(), workflowId);
  }

  static Stream<Arguments> retryable() {
    return Stream.of(408, 409, 429, 500, 503)
        .flatMap(s -> Stream.of(Arguments.of(Api.RESPONSES, s), Arguments.of(Api.CHAT, s)));
  }

  static Stream<Arguments> nonRetryable() {
    return Stream.of(400, 401, 403, 404, 422)
        .flatMap(s -> Stream.of(Arguments.of(Api.RESPONSES, s), Arguments.of(Api.CHAT, s)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("retryable")
  void aRetryableStatusIsAttemptedAgain(Api api, int status) {
    stub.enqueue(api.path(), Reply.error(status, null, "Try again"));
    stub.enqueue(api.path(), Reply.error(status, null, "Try again"));
    String id = start(api);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run(api.model(), id));

    ApplicationFailure cause = applicationFailure(failed);
    assertEquals(OpenAIErrors.RETRYABLE_ERROR, cause.getType());
    assertEquals("OpenAI API error " + status + ": Try again", cause.getOriginalMessage());
    WorkflowExecutionHistory history = history(id);
    assertEquals(List.of(2), Histories.startedAttempts(history), "a second attempt");
    assertEquals(2, stub.requests(api.path()).size());
    assertFalse(Histories.text(history).contains(KEY));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nonRetryable")
  void aClientErrorIsAttemptedOnceAndNamesTheStatus(Api api, int status) {
    stub.enqueue(api.path(), Reply.error(status, "bad_thing", "Not like this"));
    stub.enqueue(api.path(), Reply.json(OpenAIStubServer.textResponse("resp_x", "never")));
    String id = start(api);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run(api.model(), id));

    ApplicationFailure cause = applicationFailure(failed);
    assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, cause.getType());
    assertTrue(cause.isNonRetryable());
    assertEquals(
        "OpenAI API error " + status + " (bad_thing): Not like this", cause.getOriginalMessage());
    assertEquals(List.of(1), Histories.startedAttempts(history(id)), "exactly one attempt");
    assertEquals(1, stub.requests(api.path()).size());
  }

  @Test
  void insufficientQuotaIsAttemptedOnce() {
    stub.enqueue(Reply.error(429, "insufficient_quota", "You exceeded your current quota"));
    String id = start(Api.RESPONSES);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run(Api.RESPONSES.model(), id));

    ApplicationFailure cause = applicationFailure(failed);
    assertTrue(cause.isNonRetryable());
    assertTrue(
        cause.getOriginalMessage().startsWith("OpenAI API error 429 (insufficient_quota)"),
        cause.getOriginalMessage());
    assertEquals(List.of(1), Histories.startedAttempts(history(id)));
  }

  static Stream<Arguments> retryAfterHeaders() {
    return Stream.of(
        Arguments.of(Api.RESPONSES, "retry-after-ms", "1500", Duration.ofMillis(1500)),
        Arguments.of(Api.CHAT, "retry-after-ms", "1500", Duration.ofMillis(1500)),
        Arguments.of(Api.RESPONSES, "retry-after", "1", Duration.ofSeconds(1)));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("retryAfterHeaders")
  void retryAfterIsTheDelayBeforeTheNextAttempt(
      Api api, String header, String value, Duration delay) {
    stub.enqueue(
        api.path(), Reply.error(429, "rate_limit_exceeded", "Slow down").withHeader(header, value));
    stub.enqueue(
        api.path(),
        api == Api.CHAT
            ? Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Thanks for waiting."))
            : Reply.json(OpenAIStubServer.textResponse("resp_1", "Thanks for waiting.")));
    String id = start(api);

    assertEquals("Thanks for waiting.", run(api.model(), id).finalOutput());

    List<RecordedRequest> requests = stub.requests(api.path());
    assertEquals(2, requests.size());
    Duration between = Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt());
    assertTrue(
        between.compareTo(delay.minusMillis(100)) >= 0,
        "the second attempt came " + between + " after the first, not after " + delay);
    // The retry policy's interval is 10 ms: only the server's delay explains the wait. (The
    // in-process test server does not record the attempt's last failure in history.)
    assertEquals(List.of(2), Histories.startedAttempts(history(id)));
  }

  @Test
  void aHangingServerTripsTheStartToCloseTimeoutAndIsRetried() {
    stub.enqueue(
        Reply.json(OpenAIStubServer.textResponse("resp_late", "Too late."))
            .withDelay(START_TO_CLOSE.multipliedBy(3)));
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "On time.")));
    String id = start(Api.RESPONSES);

    assertEquals("On time.", run(Api.RESPONSES.model(), id).finalOutput());

    assertEquals(List.of(2), Histories.startedAttempts(history(id)));
    List<RecordedRequest> requests = stub.requests();
    assertEquals(2, requests.size());
    Duration between = Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt());
    // The timeout counts from the attempt's start, a little before its request reached the stub
    // (the first call also builds the client): allow for that, not for an immediate retry.
    assertTrue(
        between.compareTo(START_TO_CLOSE.minusMillis(500)) >= 0,
        "the second attempt started " + between + " after the first: before the timeout");
  }

  @Test
  void aRefusedConnectionIsAttemptedAgain() {
    String id = "faults-dead-" + runs++;

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run("dead/gpt-4o", id));

    assertEquals(OpenAIErrors.CONNECTION_ERROR, applicationFailure(failed).getType());
    assertEquals(List.of(2), Histories.startedAttempts(history(id)));
  }

  private static ApplicationFailure applicationFailure(WorkflowFailedException failed) {
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    return assertInstanceOf(ApplicationFailure.class, activity.getCause());
  }
}
