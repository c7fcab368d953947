package dev.durableagents.runtime.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streamed runs over real HTTP: openai-java's streaming calls against the loopback stub's
 * server-sent events, on both APIs, a stream cut mid-way and retried, and a subscriber that reads
 * only what another process could (heartbeat details through DescribeWorkflowExecution).
 */
class StreamingWireTest {

  // Long enough that the text arrives in several pieces even when the first stream of the JVM is
  // read in a burst (openai-java warming up).
  static final String[] CHUNKS = {
    "Tokyo ", "is ", "sunny ", "and ", "warm ", "today, ", "with ", "a ", "light ", "breeze ",
    "from ", "the ", "bay."
  };
  static final String TEXT = String.join("", CHUNKS);

  OpenAIStubServer stub;
  OpenAIProvider provider;
  AgentTestEnvironment env;

  @BeforeEach
  void startStub() {
    stub = new OpenAIStubServer().start();
  }

  @AfterEach
  void stopAll() {
    if (env != null) {
      env.close();
    }
    if (provider != null) {
      provider.close();
    }
    stub.close();
  }

  private void start(OpenAIProvider.Api api, Duration heartbeatTimeout) {
    provider =
        OpenAIProvider.newBuilder()
            .setApiKey("sk-stream")
            .setBaseUrl(stub.baseUrl())
            .setApi(api)
            .build();
    ModelActivityOptions.Builder options =
        ModelActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMillis(200))
                    .setMaximumAttempts(3)
                    .build());
    if (heartbeatTimeout != null) {
      options.setHeartbeatTimeout(heartbeatTimeout);
    }
    env =
        AgentTestEnvironment.createRealTime(
            DurableAgentsPlugin.newBuilder()
                .setModelProvider(provider)
                .setModelActivityOptions(options.build())
                .build());
    env.worker().registerWorkflowImplementationTypes(StreamingWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new StreamingWorkflowImpl.Weather());
    env.start();
  }

  private List<RunEvent> follow(String workflowId, RunSubscription.Builder subscription) {
    StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, workflowId);
    WorkflowClient.start(workflow::run, "Weather in Tokyo?", true);
    List<RunEvent> events = new ArrayList<>();
    try (RunSubscription s = subscription.build()) {
      s.forEachRemaining(events::add);
    }
    String result = WorkflowStub.fromTyped(workflow).getResult(String.class);
    assertTrue(result.startsWith(TEXT + " | "), result);
    return events;
  }

  @Test
  void responsesApiStreamsToTheSubscriber() {
    start(OpenAIProvider.Api.RESPONSES, null);
    stub.enqueue(
        Reply.events(
            Duration.ofMillis(150), OpenAIStubServer.responsesTextEvents("resp_1", CHUNKS)));
    List<RunEvent> events =
        follow("wire-responses", RunSubscription.newBuilder(env.client(), "wire-responses"));
    assertTrue(StreamingTest.deltas(events).size() > 1, events.toString());
    assertEquals(TEXT, joined(events));
    assertEquals(
        List.of("AgentChanged", "TextDelta", "MessageOutput", "RunCompleted"),
        StreamingTest.kinds(events));
    assertEquals(true, stub.requests().get(0).body().path("stream").asBoolean());
  }

  @Test
  void chatCompletionsStreamToTheSubscriber() {
    start(OpenAIProvider.Api.CHAT_COMPLETIONS, null);
    stub.enqueueChat(
        Reply.events(
            Duration.ofMillis(150), OpenAIStubServer.chatTextEvents("chatcmpl-1", CHUNKS)));
    List<RunEvent> events =
        follow("wire-chat", RunSubscription.newBuilder(env.client(), "wire-chat"));
    assertTrue(StreamingTest.deltas(events).size() > 1, events.toString());
    assertEquals(TEXT, joined(events));
    assertEquals(
        List.of("AgentChanged", "TextDelta", "MessageOutput", "RunCompleted"),
        StreamingTest.kinds(events));
    var body = stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH).get(0).body();
    assertEquals(true, body.path("stream").asBoolean());
    assertEquals(true, body.path("stream_options").path("include_usage").asBoolean());
    // The usage of the stream's last chunk is what history records.
    WorkflowExecutionHistory history = Histories.of(env.client(), "wire-chat");
    assertTrue(
        Histories.completedResults(history).get(0).contains("\"outputTokens\":" + CHUNKS.length),
        Histories.completedResults(history).get(0));
  }

  /**
   * The first attempt's stream dies after two deltas; Temporal retries the activity; the subscriber
   * sees the first attempt's text, a restart marker, then the second attempt's text.
   */
  @Test
  void anAttemptThatDiesMidStreamIsRestartedForSubscribers() {
    start(OpenAIProvider.Api.RESPONSES, null);
    String[] first = {"Rainy ", "in ", "Tokyo ", "(stale)"};
    stub.enqueue(
        Reply.events(Duration.ofMillis(80), OpenAIStubServer.responsesTextEvents("resp_0", first))
            .cutAfter(3));
    stub.enqueue(
        Reply.events(
            Duration.ofMillis(80), OpenAIStubServer.responsesTextEvents("resp_1", CHUNKS)));
    List<RunEvent> events =
        follow("wire-retry", RunSubscription.newBuilder(env.client(), "wire-retry"));

    int restart = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof RunEvent.AttemptRestarted) {
        restart = i;
      }
    }
    assertTrue(restart > 0, "a restart marker: " + events);
    RunEvent.AttemptRestarted marker = (RunEvent.AttemptRestarted) events.get(restart);
    assertEquals("da-stream-1", marker.callId());
    assertEquals(2, marker.attempt());
    assertEquals("Rainy in ", joined(events.subList(0, restart)));
    assertEquals(TEXT, joined(events.subList(restart, events.size())));
    assertTrue(
        StreamingTest.deltas(events.subList(restart, events.size())).stream()
            .allMatch(d -> d.attempt() == 2));
    RunEvent.RunCompleted done =
        assertInstanceOf(RunEvent.RunCompleted.class, events.get(events.size() - 1));
    assertEquals(TEXT, done.finalOutput());

    WorkflowExecutionHistory history = Histories.of(env.client(), "wire-retry");
    assertEquals(List.of("InvokeModelStreaming"), Histories.scheduledActivities(history));
    assertEquals(List.of(2), Histories.startedAttempts(history));
    assertEquals(2, stub.requests().size());
  }

  /**
   * A subscriber that reads nothing of the worker's memory, as one in another process: the deltas
   * come from the streaming activity's heartbeat details, at the heartbeat pace.
   */
  @Test
  void deltasReachASubscriberThroughHeartbeatDetails() {
    start(OpenAIProvider.Api.RESPONSES, Duration.ofMillis(500));
    String[] chunks = new String[12];
    for (int i = 0; i < chunks.length; i++) {
      chunks[i] = "w" + i + " ";
    }
    stub.enqueue(
        Reply.events(
            Duration.ofMillis(250), OpenAIStubServer.responsesTextEvents("resp_1", chunks)));
    StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, "wire-heartbeats");
    WorkflowClient.start(workflow::run, "Count", true);
    List<RunEvent> events = new ArrayList<>();
    try (RunSubscription s =
        RunSubscription.newBuilder(env.client(), "wire-heartbeats")
            .setReadWorkerMemory(false)
            .setPollInterval(Duration.ofMillis(100))
            .build()) {
      s.forEachRemaining(events::add);
    }
    String all = String.join("", chunks);
    assertEquals(all, joined(events));
    List<RunEvent> beforeMessage =
        events.subList(
            0,
            StreamingTest.kinds(events).indexOf("MessageOutput") > 0
                ? indexOf(events, RunEvent.MessageOutput.class)
                : 0);
    // Deltas arrived while the call ran, not only as the message's text at the end.
    assertTrue(StreamingTest.deltas(beforeMessage).size() >= 3, events.toString());
  }

  private static int indexOf(List<RunEvent> events, Class<?> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String joined(List<RunEvent> events) {
    return StreamingTest.deltas(events).stream()
        .map(RunEvent.TextDelta::delta)
        .collect(Collectors.joining());
  }
}
