package dev.durableagents.integration.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.integration.Histories;
import dev.durableagents.integration.RealServer;
import dev.durableagents.integration.crash.WorkerJvm;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A streamed run on the real server whose worker JVM is killed with SIGKILL while the model writes
 * its answer: the streaming model activity stops heartbeating, the server times its attempt out and
 * a second worker JVM runs attempt 2 from the start. A subscriber in this JVM, reading only what
 * another process can (query and heartbeat details, not the worker's memory), sees the first
 * attempt's deltas, a restart marker, the second attempt's text and the final output. The model is
 * the loopback OpenAI stub in this JVM, its first answer slow enough for the kill to land
 * mid-stream. Needs {@code TEMPORAL_ADDRESS}.
 */
class StreamingCrashIT {

  private static Process worker(String address, String queue, String stubUrl) throws Exception {
    return WorkerJvm.startWhenReady(StreamingWorkerProcess.class, address, queue, stubUrl);
  }

  private static String joined(List<RunEvent> events) {
    return events.stream()
        .filter(RunEvent.TextDelta.class::isInstance)
        .map(e -> ((RunEvent.TextDelta) e).delta())
        .collect(Collectors.joining());
  }

  private static String kind(RunEvent event) {
    if (event instanceof RunEvent.TextDelta delta) {
      return "TextDelta(attempt " + delta.attempt() + ")";
    }
    if (event instanceof RunEvent.AttemptRestarted marker) {
      return "AttemptRestarted(attempt " + marker.attempt() + ")";
    }
    return event.getClass().getSimpleName();
  }

  private static long deltasSoFar(List<RunEvent> events) {
    synchronized (events) {
      return events.stream().filter(RunEvent.TextDelta.class::isInstance).count();
    }
  }

  private static int indexOf(List<RunEvent> events, Class<? extends RunEvent> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aWorkerKilledMidStreamLeadsToARestartMarkerAndTheSecondAttemptsOutput() throws Exception {
    String address = RealServer.address();
    // Attempt 1: 80 pieces 250 ms apart (20 s), far longer than the kill takes to land; attempt 2:
    // 12 pieces 250 ms apart (3 s), long enough for a few heartbeats.
    String[] firstChunks =
        IntStream.range(0, 80).mapToObj(i -> "first" + i + " ").toArray(String[]::new);
    String[] secondChunks =
        IntStream.range(0, 12).mapToObj(i -> "second" + i + " ").toArray(String[]::new);
    String attempt1 = String.join("", firstChunks);
    String attempt2 = String.join("", secondChunks);
    String queue = "it-streaming-crash-" + UUID.randomUUID();
    Process first = null;
    Process second = null;
    WorkflowServiceStubs service = null;
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      stub.enqueue(
          Reply.events(
              Duration.ofMillis(250), OpenAIStubServer.responsesTextEvents("resp_1", firstChunks)),
          Reply.events(
              Duration.ofMillis(250),
              OpenAIStubServer.responsesTextEvents("resp_2", secondChunks)));
      first = worker(address, queue, stub.baseUrl());
      service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
      WorkflowClient client =
          WorkflowClient.newInstance(
              service,
              WorkflowClientOptions.newBuilder()
                  .setPlugins(StreamingWorkerProcess.plugin(stub.baseUrl()))
                  .build());
      String id = RealServer.id("streaming-crash");
      StreamedWeatherWorkflow workflow =
          client.newWorkflowStub(
              StreamedWeatherWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
      WorkflowClient.start(workflow::ask, "Weather?", true);

      List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
      // When each event reached the subscriber (System.nanoTime), for the printed timings.
      List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
      RunSubscription subscription =
          RunSubscription.newBuilder(client, id)
              .setReadWorkerMemory(false)
              .setPollInterval(Duration.ofMillis(100))
              .build();
      Thread follower =
          new Thread(
              () ->
                  subscription.forEachRemaining(
                      event -> {
                        synchronized (events) {
                          arrivals.add(System.nanoTime());
                          events.add(event);
                        }
                      }),
              "streaming-crash-follower");
      follower.setDaemon(true);
      follower.start();

      // Kill the worker once the subscriber has seen the first attempt's text grow twice.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (deltasSoFar(events) < 2) {
        assertTrue(System.nanoTime() < deadline, "no deltas of the first attempt: " + events);
        Thread.sleep(50);
      }
      int seenBeforeKill;
      synchronized (events) {
        seenBeforeKill = events.size();
      }
      long killedAt = System.nanoTime();
      WorkerJvm.kill(first);
      second = worker(address, queue, stub.baseUrl());

      String result =
          WorkflowStub.fromTyped(workflow).getResult(120, TimeUnit.SECONDS, String.class);
      follower.join(TimeUnit.SECONDS.toMillis(30));
      subscription.close();
      List<RunEvent> seen;
      List<Long> at;
      synchronized (events) {
        seen = List.copyOf(events);
        at = List.copyOf(arrivals);
      }

      assertEquals(attempt2, result, "the final output is the successful attempt's text");
      String before = joined(seen.subList(0, seenBeforeKill));
      assertTrue(
          !before.isEmpty() && attempt1.startsWith(before) && !attempt1.equals(before),
          "the subscriber saw part of the first attempt before the kill: " + before);
      int restart = indexOf(seen, RunEvent.AttemptRestarted.class);
      assertTrue(restart >= seenBeforeKill, "a restart marker after the kill: " + seen);
      assertTrue(attempt1.startsWith(joined(seen.subList(0, restart))), seen.toString());
      List<RunEvent> after = seen.subList(restart + 1, seen.size());
      assertEquals(
          -1, indexOf(after, RunEvent.AttemptRestarted.class), "one restart marker: " + seen);
      assertEquals(attempt2, joined(after), "the deltas after the marker are attempt 2's text");
      RunEvent last = seen.get(seen.size() - 1);
      assertEquals(attempt2, assertInstanceOf(RunEvent.RunCompleted.class, last).finalOutput());

      WorkflowExecutionHistory history = client.fetchHistory(id);
      assertEquals(List.of("InvokeModelStreaming"), Histories.activities(history));
      List<HistoryEvent> started =
          Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED);
      assertEquals(1, started.size());
      assertEquals(2, started.get(0).getActivityTaskStartedEventAttributes().getAttempt());
      assertEquals(
          1, Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED).size());
      assertEquals(0, Histories.workflowTaskFailures(history));
      System.out.println(
          "StreamingCrashIT: "
              + seenBeforeKill
              + " events before the kill ("
              + before.length()
              + " chars of attempt 1), marker "
              + seen.get(restart)
              + " "
              + TimeUnit.NANOSECONDS.toMillis(at.get(restart) - killedAt)
              + " ms after the kill, RunCompleted after "
              + TimeUnit.NANOSECONDS.toMillis(at.get(at.size() - 1) - killedAt)
              + " ms, "
              + seen.size()
              + " events in all: "
              + seen.stream().map(StreamingCrashIT::kind).collect(Collectors.joining(" ")));
    } finally {
      if (first != null) {
        WorkerJvm.kill(first);
      }
      if (second != null) {
        WorkerJvm.kill(second);
      }
      if (service != null) {
        service.shutdownNow();
      }
    }
  }
}
