package dev.durableagents.runtime.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.RecordedHistories;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Streamed runs against the scripted model, on the in-process test server in real time: a
 * subscriber's deltas and item events, a late subscriber, the in-workflow listener, and what a
 * streamed turn costs in history.
 */
class StreamingTest {

  static final String ANSWER = "The weather in Tokyo is sunny and warm, a fine day for a walk.";

  private static TestModel script(String answer) {
    return TestModel.returning(
            TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"), TestModel.text(answer))
        .setStreamChunkDelay(Duration.ofMillis(40));
  }

  private static AgentTestEnvironment environment(TestModel model) {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(30))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build())
            .build();
    AgentTestEnvironment env = AgentTestEnvironment.createRealTime(plugin);
    env.worker().registerWorkflowImplementationTypes(StreamingWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new StreamingWorkflowImpl.Weather());
    env.start();
    return env;
  }

  @Test
  void subscriberReceivesDeltasInOrderThenItemsAndTheFinalOutput() {
    try (AgentTestEnvironment env = environment(script(ANSWER))) {
      StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, "streamed-live");
      WorkflowClient.start(workflow::run, "Weather in Tokyo?", true);
      List<RunEvent> events = new ArrayList<>();
      try (RunSubscription subscription =
          RunSubscription.subscribe(env.client(), "streamed-live")) {
        subscription.forEachRemaining(events::add);
      }
      String result = WorkflowStub.fromTyped(workflow).getResult(String.class);
      assertTrue(result.startsWith(ANSWER + " | "), result);

      List<RunEvent.TextDelta> deltas = deltas(events);
      assertTrue(deltas.size() > 1, "the text arrives in several deltas: " + deltas);
      assertEquals(
          ANSWER, deltas.stream().map(RunEvent.TextDelta::delta).collect(Collectors.joining()));
      assertTrue(
          deltas.stream().allMatch(d -> d.callId().equals("da-stream-2")), deltas.toString());

      List<String> kinds = kinds(events);
      assertEquals(
          List.of(
              "AgentChanged",
              "ToolCallStarted",
              "ToolCallFinished",
              "MessageOutput",
              "RunCompleted"),
          kinds.stream().filter(k -> !k.equals("TextDelta")).toList());
      // Every delta comes after the tool call finished and before the message it belongs to.
      int firstDelta = kinds.indexOf("TextDelta");
      assertTrue(firstDelta > kinds.indexOf("ToolCallFinished"), kinds.toString());
      assertTrue(kinds.lastIndexOf("TextDelta") < kinds.indexOf("MessageOutput"), kinds.toString());
      RunEvent.RunCompleted done =
          assertInstanceOf(RunEvent.RunCompleted.class, events.get(events.size() - 1));
      assertEquals(ANSWER, done.finalOutput());
      assertEquals("Weather Agent", done.agentName());
      RunEvent.ToolCallStarted started =
          events.stream()
              .filter(RunEvent.ToolCallStarted.class::isInstance)
              .map(RunEvent.ToolCallStarted.class::cast)
              .findFirst()
              .orElseThrow();
      assertEquals("getWeather", started.toolName());
      assertEquals("{\"city\":\"Tokyo\"}", started.arguments());
      assertEquals("da-stream-1", started.callId());

      // One activity per model call, the streaming one, and the tool's.
      WorkflowExecutionHistory history = Histories.of(env.client(), "streamed-live");
      assertEquals(
          List.of("InvokeModelStreaming", "Weather.get", "InvokeModelStreaming"),
          Histories.scheduledActivities(history));
    }
  }

  @Test
  void lateSubscriberGetsEveryItemEventAndCanResumeFromAnOffset() throws Exception {
    try (AgentTestEnvironment env = environment(script(ANSWER))) {
      StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, "streamed-late");
      String result = workflow.run("Weather in Tokyo?", true);
      // The in-workflow listener saw the same durable events, numbered the same way.
      assertEquals(
          ANSWER
              + " | 0:AgentChanged,1:ToolCallStarted,2:ToolCallFinished,3:MessageOutput,4:RunCompleted",
          result);

      List<RunEvent> late = new ArrayList<>();
      try (RunSubscription subscription =
          RunSubscription.subscribe(env.client(), "streamed-late")) {
        subscription.forEachRemaining(late::add);
      }
      assertEquals(
          List.of(
              "AgentChanged",
              "ToolCallStarted",
              "ToolCallFinished",
              "TextDelta",
              "MessageOutput",
              "RunCompleted"),
          kinds(late));
      // The late subscriber gets the message's text as one delta, so deltas still add up to it.
      assertEquals(ANSWER, deltas(late).get(0).delta());
      List<Long> offsets =
          late.stream()
              .filter(RunEvent.ItemEvent.class::isInstance)
              .map(e -> ((RunEvent.ItemEvent) e).offset())
              .toList();
      assertEquals(List.of(0L, 1L, 2L, 3L, 4L), offsets);

      // A subscriber that stops after two events resumes from the offset it reports.
      long resumeAt;
      try (RunSubscription first = RunSubscription.subscribe(env.client(), "streamed-late")) {
        assertInstanceOf(RunEvent.AgentChanged.class, first.next());
        assertInstanceOf(RunEvent.ToolCallStarted.class, first.next());
        resumeAt = first.nextOffset();
      }
      assertEquals(2, resumeAt);
      List<RunEvent> resumed = new ArrayList<>();
      try (RunSubscription subscription =
          RunSubscription.newBuilder(env.client(), "streamed-late")
              .setFromOffset(resumeAt)
              .build()) {
        subscription.forEachRemaining(resumed::add);
        assertEquals(5, subscription.nextOffset());
      }
      assertEquals(
          List.of("ToolCallFinished", "TextDelta", "MessageOutput", "RunCompleted"),
          kinds(resumed));
      assertEquals(2L, ((RunEvent.ItemEvent) resumed.get(0)).offset());

      WorkflowExecutionHistory history = Histories.of(env.client(), "streamed-late");
      if (Boolean.getBoolean("histories.record")) {
        Files.writeString(RECORDED, history.toJson(true), StandardCharsets.UTF_8);
      }
      // Today's code replays the run it just made: the stream's query and hooks are deterministic.
      Path fresh = Files.createTempFile("streamed-run", ".json");
      try {
        Files.writeString(fresh, history.toJson(true), StandardCharsets.UTF_8);
        RecordedHistories.replay(fresh, StreamingWorkflowImpl.class);
      } finally {
        Files.delete(fresh);
      }
    }
  }

  static final Path RECORDED = Path.of("src/test/resources/histories-streaming/streamed-run.json");

  /** A streamed run recorded when streaming was introduced still replays. */
  @Test
  void recordedStreamedRunReplays() throws Exception {
    RecordedHistories.replay(RECORDED, StreamingWorkflowImpl.class);
  }

  /**
   * A streamed turn costs what an unstreamed one costs in history: the deltas travel in heartbeat
   * details and worker memory, the item events live in workflow state and are read by a query.
   */
  @Test
  void aStreamedTurnAddsNoHistoryEventsWhateverTheAnswerLength() {
    String longAnswer =
        java.util.stream.IntStream.range(0, 2000)
            .mapToObj(i -> "w" + i)
            .collect(Collectors.joining(" "));
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
            TestModel.text(longAnswer),
            TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
            TestModel.text(longAnswer));
    try (AgentTestEnvironment env = environment(model)) {
      env.newWorkflow(StreamingWorkflow.class, "plain").run("Weather?", false);
      String workflowId = "streamed-2000";
      StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, workflowId);
      WorkflowClient.start(workflow::run, "Weather?", true);
      List<RunEvent> events = new ArrayList<>();
      try (RunSubscription subscription = RunSubscription.subscribe(env.client(), workflowId)) {
        subscription.forEachRemaining(events::add);
      }
      assertEquals(
          longAnswer,
          deltas(events).stream().map(RunEvent.TextDelta::delta).collect(Collectors.joining()));
      WorkflowExecutionHistory plain = Histories.of(env.client(), "plain");
      WorkflowExecutionHistory streamed = Histories.of(env.client(), workflowId);
      int plainEvents = plain.getEvents().size();
      int streamedEvents = streamed.getEvents().size();
      System.out.printf(
          "history of a 2-turn run with a 2,000-token answer: %d events unstreamed, %d streamed;"
              + " streamed turn: %d ActivityTaskScheduled(InvokeModelStreaming)%n",
          plainEvents,
          streamedEvents,
          Histories.events(streamed, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).size());
      // Everything but workflow tasks is the same, event for event. (The in-process test server
      // records a workflow task for a query that arrives while an activity waits to start; the
      // real server answers queries without writing history.)
      assertEquals(withoutWorkflowTasks(plain), withoutWorkflowTasks(streamed));
      assertFalse(
          streamed.getEvents().stream()
              .anyMatch(e -> e.hasWorkflowExecutionSignaledEventAttributes()));
    }
  }

  @Test
  void handoffsReasoningAndAFailedRunHaveTheirEvents() {
    TestModel model =
        TestModel.returning(
                TestModel.toolCall("transfer_to_weather_agent", "{}"),
                TestModel.response(
                    new Reasoning(
                        "rs_1", List.of("The user wants Tokyo's weather."), List.of(), null),
                    new Message(
                        "assistant",
                        List.of(new ContentPart.OutputText("Sunny in Tokyo.")),
                        "msg")))
            .setStreamChunkDelay(Duration.ofMillis(20));
    try (AgentTestEnvironment env = environment(model)) {
      StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, "streamed-handoff");
      WorkflowClient.start(workflow::run, "triage: weather in Tokyo?", true);
      List<RunEvent> events = new ArrayList<>();
      try (RunSubscription subscription =
          RunSubscription.subscribe(env.client(), "streamed-handoff")) {
        subscription.forEachRemaining(events::add);
      }
      List<String> kinds = kinds(events);
      assertEquals(
          List.of(
              "AgentChanged",
              "HandoffTaken",
              "AgentChanged",
              "ReasoningOutput",
              "MessageOutput",
              "RunCompleted"),
          kinds.stream().filter(k -> !k.endsWith("Delta")).toList());
      // The deltas of the call come before its recorded items (live, or as the tail of them).
      assertTrue(
          kinds.lastIndexOf("ReasoningDelta") < kinds.indexOf("ReasoningOutput"), kinds.toString());
      assertTrue(kinds.lastIndexOf("TextDelta") < kinds.indexOf("MessageOutput"), kinds.toString());
      assertTrue(
          kinds.indexOf("ReasoningDelta") > kinds.lastIndexOf("AgentChanged"), kinds.toString());
      RunEvent.HandoffTaken handoff =
          events.stream()
              .filter(RunEvent.HandoffTaken.class::isInstance)
              .map(RunEvent.HandoffTaken.class::cast)
              .findFirst()
              .orElseThrow();
      assertEquals("Triage Agent", handoff.agentName());
      assertEquals("Weather Agent", handoff.targetAgent());
      RunEvent.AgentChanged second =
          events.stream()
              .filter(RunEvent.AgentChanged.class::isInstance)
              .map(RunEvent.AgentChanged.class::cast)
              .skip(1)
              .findFirst()
              .orElseThrow();
      assertEquals("Weather Agent", second.agentName());
      assertEquals("Triage Agent", second.previousAgent());
      assertEquals(
          "The user wants Tokyo's weather.",
          events.stream()
              .filter(RunEvent.ReasoningDelta.class::isInstance)
              .map(e -> ((RunEvent.ReasoningDelta) e).delta())
              .collect(Collectors.joining()));
      assertEquals(
          "Sunny in Tokyo.",
          WorkflowStub.fromTyped(workflow).getResult(String.class).split(" \\| ")[0]);

      // The script is exhausted: the next run fails, and its subscriber gets RunFailed.
      StreamingWorkflow failing = env.newWorkflow(StreamingWorkflow.class, "streamed-failing");
      WorkflowClient.start(failing::run, "weather?", true);
      List<RunEvent> failed = new ArrayList<>();
      try (RunSubscription subscription =
          RunSubscription.subscribe(env.client(), "streamed-failing")) {
        subscription.forEachRemaining(failed::add);
      }
      RunEvent.RunFailed end =
          assertInstanceOf(RunEvent.RunFailed.class, failed.get(failed.size() - 1));
      assertEquals("Weather Agent", end.agentName());
      assertTrue(end.failure().contains(TestModel.SCRIPT_EXHAUSTED), end.failure());
    }
  }

  static List<String> withoutWorkflowTasks(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .map(e -> e.getEventType().name())
        .filter(type -> !type.startsWith("EVENT_TYPE_WORKFLOW_TASK_"))
        .toList();
  }

  static List<RunEvent.TextDelta> deltas(List<RunEvent> events) {
    return events.stream()
        .filter(RunEvent.TextDelta.class::isInstance)
        .map(RunEvent.TextDelta.class::cast)
        .toList();
  }

  static List<String> kinds(List<RunEvent> events) {
    List<String> kinds = new ArrayList<>();
    for (RunEvent event : events) {
      String kind = event.getClass().getSimpleName();
      if (kind.equals("TextDelta")
          && !kinds.isEmpty()
          && kinds.get(kinds.size() - 1).equals(kind)) {
        continue;
      }
      kinds.add(kind);
    }
    return kinds;
  }
}
