package dev.durableagents.integration.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.integration.RealServer;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Streamed runs on the real Temporal server, the model behind the loopback stub's server-sent
 * events: a subscriber that reads only what another process can (the durable events by query, the
 * deltas from heartbeat details through DescribeWorkflowExecution), and what a streamed turn costs
 * in history, measured against the same run unstreamed (BENCHMARKS.md).
 */
class StreamingIT {

  private static RealServer start(OpenAIStubServer stub, OpenAIProvider provider) {
    return RealServer.start(
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(provider)
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(60))
                    .setHeartbeatTimeout(Duration.ofSeconds(1))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2).build())
                    .build())
            .build(),
        w -> w.registerWorkflowImplementationTypes(StreamedWeatherWorkflowImpl.class));
  }

  private static StreamedWeatherWorkflow workflow(RealServer server, String id) {
    return server
        .client()
        .newWorkflowStub(
            StreamedWeatherWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(server.taskQueue())
                .setWorkflowId(id)
                .build());
  }

  private static List<RunEvent> follow(RealServer server, String id) {
    List<RunEvent> events = new ArrayList<>();
    try (RunSubscription subscription =
        RunSubscription.newBuilder(server.client(), id)
            .setReadWorkerMemory(false)
            .setPollInterval(Duration.ofMillis(100))
            .build()) {
      subscription.forEachRemaining(events::add);
    }
    return events;
  }

  private static String joined(List<RunEvent> events) {
    return events.stream()
        .filter(RunEvent.TextDelta.class::isInstance)
        .map(e -> ((RunEvent.TextDelta) e).delta())
        .collect(Collectors.joining());
  }

  @Test
  void aSubscriberInAnotherProcessSeesTheTextWhileTheModelWritesIt() {
    String[] chunks = IntStream.range(0, 16).mapToObj(i -> "word" + i + " ").toArray(String[]::new);
    try (OpenAIStubServer stub = new OpenAIStubServer().start();
        OpenAIProvider provider =
            OpenAIProvider.newBuilder().setApiKey("sk-it").setBaseUrl(stub.baseUrl()).build();
        RealServer server = start(stub, provider)) {
      stub.enqueue(
          Reply.events(
              Duration.ofMillis(200), OpenAIStubServer.responsesTextEvents("resp_1", chunks)));
      String id = RealServer.id("streamed-live");
      StreamedWeatherWorkflow workflow = workflow(server, id);
      WorkflowClient.start(workflow::ask, "Weather?", true);
      List<RunEvent> events = follow(server, id);
      String text = String.join("", chunks);
      assertEquals(text, WorkflowStub.fromTyped(workflow).getResult(String.class));
      assertEquals(text, joined(events));
      int message = 0;
      while (!(events.get(message) instanceof RunEvent.MessageOutput)) {
        message++;
      }
      long live =
          events.subList(0, message).stream().filter(RunEvent.TextDelta.class::isInstance).count();
      System.out.println(
          "StreamingIT: " + live + " deltas from heartbeat details over a 3.2 s stream");
      assertTrue(live >= 3, "deltas arrived while the call ran: " + events);
      server.record(id, "streaming-live");
    }
  }

  @Test
  void aStreamedTurnCostsWhatAnUnstreamedOneCostsInHistory() {
    String[] chunks = IntStream.range(0, 2000).mapToObj(i -> "t" + i + " ").toArray(String[]::new);
    String text = String.join("", chunks);
    try (OpenAIStubServer stub = new OpenAIStubServer().start();
        OpenAIProvider provider =
            OpenAIProvider.newBuilder().setApiKey("sk-it").setBaseUrl(stub.baseUrl()).build();
        RealServer server = start(stub, provider)) {
      stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", text)));
      String plainId = RealServer.id("unstreamed-2000");
      assertEquals(text, workflow(server, plainId).ask("Weather?", false));

      stub.enqueue(
          Reply.events(
              Duration.ofMillis(1), OpenAIStubServer.responsesTextEvents("resp_2", chunks)));
      String streamedId = RealServer.id("streamed-2000");
      StreamedWeatherWorkflow workflow = workflow(server, streamedId);
      WorkflowClient.start(workflow::ask, "Weather?", true);
      List<RunEvent> events = follow(server, streamedId);
      assertEquals(text, WorkflowStub.fromTyped(workflow).getResult(String.class));
      assertEquals(text, joined(events));

      WorkflowExecutionHistory plain = server.client().fetchHistory(plainId);
      WorkflowExecutionHistory streamed = server.client().fetchHistory(streamedId);
      System.out.printf(
          "StreamingIT: one turn, 2,000-token answer: unstreamed %d events, %d bytes;"
              + " streamed %d events, %d bytes; %d deltas to the subscriber%n",
          plain.getEvents().size(),
          plain.getHistory().getSerializedSize(),
          streamed.getEvents().size(),
          streamed.getHistory().getSerializedSize(),
          events.stream().filter(RunEvent.TextDelta.class::isInstance).count());
      assertEquals(types(plain), types(streamed));
    }
  }

  private static List<String> types(WorkflowExecutionHistory history) {
    return history.getEvents().stream().map(e -> e.getEventType().name()).toList();
  }
}
