package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.DeltaHub;
import dev.durableagents.runtime.internal.RunEventsQuery;
import dev.durableagents.runtime.internal.StreamSnapshot;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DataConverter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Follows a streamed run ({@link Runner#runStreamed}) from a client: an ordered, blocking iterator
 * of {@link RunEvent}s that ends with the run's terminal event ({@link RunEvent.RunCompleted} or
 * {@link RunEvent.RunFailed}).
 *
 * <pre>{@code
 * try (RunSubscription events = RunSubscription.subscribe(client, workflowId)) {
 *   events.forEachRemaining(event -> {
 *     if (event instanceof RunEvent.TextDelta d) System.out.print(d.delta());
 *   });
 * }
 * }</pre>
 *
 * <p>Where the events come from, all by polling (every {@link Builder#setPollInterval poll
 * interval}, 200 ms by default), none of it writing to the workflow history:
 *
 * <ul>
 *   <li>Durable item events: the workflow's {@code durable-agents.run-events} query, from the
 *       subscriber's offset on. A subscriber that starts late, or after a worker crash, gets every
 *       one; one that reconnects resumes with {@link Builder#setFromOffset}.
 *   <li>Text and reasoning deltas of the running model call, from the streaming model activity's
 *       heartbeat details, read with {@code DescribeWorkflowExecution} (any process, any server):
 *       they arrive at the worker's heartbeat pace, 0.8 of the model activity's heartbeat timeout
 *       (10 s by default, so 8 s: set a short heartbeat timeout in {@link ModelActivityOptions} for
 *       remote subscribers). When the subscriber runs in the worker's JVM it also reads the
 *       worker's in-memory snapshots, every 20 ms, and sees deltas as the model writes them.
 * </ul>
 *
 * <p>Deltas are cumulative snapshots underneath, so none is lost between polls: pieces the
 * subscriber had not seen arrive merged, and the text of a call that ended between two polls
 * arrives as one delta just before its {@link RunEvent.MessageOutput}. When a model call's attempt
 * fails and Temporal retries it, the subscriber gets {@link RunEvent.AttemptRestarted} and then the
 * new attempt's deltas from its start.
 *
 * <p>Not thread-safe: one thread iterates. Calls block; {@link #close} stops a blocked call. The
 * server is read on a daemon thread of the subscription's own, which ends with the terminal event
 * or {@link #close}; the iterating thread reads this JVM's snapshots every 20 ms, so a slow query
 * does not hold up deltas.
 */
public final class RunSubscription implements Iterator<RunEvent>, AutoCloseable {

  private static final long HUB_POLL_MILLIS = 20;

  private final WorkflowClient client;
  private final String workflowId;
  private final String runId;
  private final Duration pollInterval;
  private final boolean readWorkerMemory;
  private final WorkflowStub stub;
  private final DataConverter converter;
  private final Deque<RunEvent> ready = new ArrayDeque<>();
  // Per model call: the attempt and the text and reasoning emitted for it so far.
  private final Map<String, CallState> calls = new HashMap<>();
  // The offset of the next durable event to take from a query page, and after the last returned.
  private long nextOffset;
  private long deliveredOffset;
  private int startedCalls;
  private boolean terminal;
  private boolean delivered;
  private volatile boolean closed;
  private volatile boolean fetcherDone;
  private boolean fetcherStarted;
  private final Queue<Batch> batches = new ConcurrentLinkedQueue<>();

  private RunSubscription(Builder b) {
    this.client = b.client;
    this.workflowId = b.workflowId;
    this.runId = b.runId;
    this.pollInterval = b.pollInterval;
    this.readWorkerMemory = b.readWorkerMemory;
    this.nextOffset = b.fromOffset;
    this.deliveredOffset = b.fromOffset;
    this.stub =
        client.newUntypedWorkflowStub(
            WorkflowExecution.newBuilder()
                .setWorkflowId(workflowId)
                .setRunId(runId == null ? "" : runId)
                .build(),
            Optional.empty());
    this.converter = client.getOptions().getDataConverter();
  }

  /** Follows the latest run of workflow {@code workflowId} from its first event. */
  public static RunSubscription subscribe(WorkflowClient client, String workflowId) {
    return newBuilder(client, workflowId).build();
  }

  /** A builder of a subscription to workflow {@code workflowId}. */
  public static Builder newBuilder(WorkflowClient client, String workflowId) {
    return new Builder(client, workflowId);
  }

  /**
   * The offset after the last durable event {@link #next} returned (the starting offset before
   * any): pass it to {@link Builder#setFromOffset} to resume after a reconnect.
   */
  public long nextOffset() {
    return deliveredOffset;
  }

  /**
   * Whether there is a next event: blocks until there is one, or the terminal event has been
   * delivered (then {@code false}), or the subscription was closed (then {@code false}).
   */
  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (delivered || closed) {
        return false;
      }
      poll();
      if (ready.isEmpty()) {
        sleep();
      }
    }
    return true;
  }

  /** The next event, waiting for it. */
  @Override
  public RunEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the run's terminal event was delivered");
    }
    RunEvent event = ready.poll();
    if (event instanceof RunEvent.ItemEvent item && item.offset() >= deliveredOffset) {
      deliveredOffset = item.offset() + 1;
    }
    if (event instanceof RunEvent.RunCompleted || event instanceof RunEvent.RunFailed) {
      delivered = true;
    }
    return event;
  }

  /** The remaining events, as a sequential stream that ends after the terminal event. */
  public Stream<RunEvent> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Stops following; a blocked {@link #hasNext} returns {@code false}. */
  @Override
  public void close() {
    closed = true;
  }

  private void sleep() {
    try {
      Thread.sleep(HUB_POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /**
   * What one round of the fetcher read: the snapshots of pending model calls (read first), then the
   * durable events from the fetcher's offset, and the workflow's description.
   */
  private record Batch(
      List<StreamSnapshot> described,
      RunEventsQuery.Page page,
      DescribeWorkflowExecutionResponse description) {}

  // The server is read on a thread of its own, so a slow query (a busy worker) never holds up the
  // deltas this JVM's worker publishes.
  private void startFetcher() {
    fetcherStarted = true;
    Thread thread =
        new Thread(
            () -> {
              long offset = nextOffset;
              while (!closed && !fetcherDone) {
                Batch batch = fetch(offset);
                if (batch.page() != null) {
                  offset += batch.page().events().size();
                }
                batches.add(batch);
                try {
                  Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "durable-agents-run-subscription-" + workflowId);
    thread.setDaemon(true);
    thread.start();
  }

  private Batch fetch(long offset) {
    List<StreamSnapshot> described = new ArrayList<>();
    DescribeWorkflowExecutionResponse description = describe();
    if (description != null) {
      for (PendingActivityInfo activity : description.getPendingActivitiesList()) {
        if (activity.hasHeartbeatDetails()) {
          StreamSnapshot snapshot = decode(activity);
          if (snapshot != null) {
            described.add(snapshot);
          }
        }
      }
    }
    RunEventsQuery.Page page = query(offset);
    for (int retry = 0;
        page == null && description != null && closed(description) && retry < 3;
        retry++) {
      // A closed workflow's events come from a worker replaying it: give it a few chances.
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      page = query(offset);
    }
    if (page != null
        && page.events().stream()
            .anyMatch(e -> e instanceof RunEvent.RunCompleted || e instanceof RunEvent.RunFailed)) {
      fetcherDone = true;
    } else if (description != null && closed(description)) {
      // Closed: this round's query has the last events there will be.
      fetcherDone = true;
    }
    return new Batch(described, page, description);
  }

  // One poll: the batches the fetcher read, in order, then this JVM's snapshots. A batch's
  // snapshots were read before its events, so the events are at least as recent as the snapshots:
  // the events recorded before a call are emitted before any of its deltas.
  private void poll() {
    if (terminal) {
      return;
    }
    if (!fetcherStarted) {
      startFetcher();
    }
    Batch batch;
    while (!terminal && (batch = batches.poll()) != null) {
      RunEventsQuery.Page page = batch.page();
      if (page != null) {
        for (RunEvent.ItemEvent event : page.events()) {
          if (event.offset() != nextOffset) {
            continue;
          }
          emitItem(event);
          nextOffset++;
          if (terminal) {
            DeltaHub.clear(workflowId);
            return;
          }
        }
        startedCalls = Math.max(startedCalls, page.startedCalls());
      }
      emitDeltas(new ArrayList<>(batch.described()));
      DescribeWorkflowExecutionResponse description = batch.description();
      if (description != null && closed(description)) {
        // The workflow ended without a terminal event: cancelled, terminated, timed out, failed
        // before its streamed run, or no streamed run ever started.
        WorkflowExecutionStatus status = description.getWorkflowExecutionInfo().getStatus();
        ready.add(
            new RunEvent.RunFailed(
                nextOffset,
                null,
                page == null
                    ? "workflow closed (" + status + ") and its events cannot be read"
                    : "workflow closed (" + status + ") without a streamed run's terminal event"));
        terminal = true;
        return;
      }
    }
    if (readWorkerMemory) {
      emitDeltas(new ArrayList<>(DeltaHub.snapshots(workflowId).values()));
    }
  }

  private static boolean closed(DescribeWorkflowExecutionResponse description) {
    return description.getWorkflowExecutionInfo().getStatus()
        != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }

  private void emitItem(RunEvent.ItemEvent event) {
    if (event instanceof RunEvent.MessageOutput message) {
      CallState call = calls.computeIfAbsent(message.callId(), id -> new CallState());
      String text = message.text() == null ? "" : message.text();
      String unmatched = call.text.substring(Math.min(call.matched, call.text.length()));
      if (unmatched.startsWith(text)) {
        call.matched += text.length(); // every delta of this message was emitted
      } else if (text.startsWith(unmatched)) {
        String rest = text.substring(unmatched.length());
        if (!rest.isEmpty()) {
          ready.add(new RunEvent.TextDelta(message.callId(), call.attempt, rest));
          call.text.append(rest);
        }
        call.matched = call.text.length();
      } else {
        // The deltas seen belong to an attempt that did not succeed: start over with this text.
        ready.add(new RunEvent.AttemptRestarted(message.callId(), 0));
        ready.add(new RunEvent.TextDelta(message.callId(), 0, text));
        call.text.setLength(0);
        call.text.append(text);
        call.matched = text.length();
      }
      call.done = true;
    } else if (event instanceof RunEvent.ReasoningOutput reasoning) {
      // As for a message: the reasoning deltas of the call add up to the reasoning's text.
      CallState call = calls.computeIfAbsent(reasoning.callId(), id -> new CallState());
      String text = reasoning.text() == null ? "" : reasoning.text();
      String unmatched =
          call.reasoning.substring(Math.min(call.reasoningMatched, call.reasoning.length()));
      if (unmatched.startsWith(text)) {
        call.reasoningMatched += text.length();
      } else if (text.startsWith(unmatched)) {
        String rest = text.substring(unmatched.length());
        if (!rest.isEmpty()) {
          ready.add(new RunEvent.ReasoningDelta(reasoning.callId(), call.attempt, rest));
          call.reasoning.append(rest);
        }
        call.reasoningMatched = call.reasoning.length();
      } else {
        ready.add(new RunEvent.ReasoningDelta(reasoning.callId(), call.attempt, text));
        call.reasoning.setLength(0);
        call.reasoning.append(text);
        call.reasoningMatched = text.length();
      }
    } else if (event instanceof RunEvent.ToolCallStarted started && started.callId() != null) {
      calls.computeIfAbsent(started.callId(), id -> new CallState()).done = true;
    } else if (event instanceof RunEvent.RunCompleted || event instanceof RunEvent.RunFailed) {
      terminal = true;
    }
    ready.add(event);
  }

  private void emitDeltas(List<StreamSnapshot> snapshots) {
    snapshots.sort(Comparator.comparingInt(s -> number(s.callId())));
    for (StreamSnapshot snapshot : snapshots) {
      int number = number(snapshot.callId());
      // A call's text waits until a query has shown the call started: the events recorded before
      // it (those of earlier calls, its tool calls) are then emitted, so they come first.
      if (number == 0 || number > startedCalls) {
        continue;
      }
      CallState call = calls.computeIfAbsent(snapshot.callId(), id -> new CallState());
      if (call.done || snapshot.attempt() < call.attempt) {
        continue;
      }
      if (snapshot.attempt() > call.attempt) {
        if (call.attempt > 0 || snapshot.attempt() > 1) {
          ready.add(new RunEvent.AttemptRestarted(snapshot.callId(), snapshot.attempt()));
        }
        call.attempt = snapshot.attempt();
        call.text.setLength(0);
        call.reasoning.setLength(0);
        call.matched = 0;
      }
      String reasoning = snapshot.reasoning() == null ? "" : snapshot.reasoning();
      if (reasoning.length() > call.reasoning.length()
          && reasoning.startsWith(call.reasoning.toString())) {
        String rest = reasoning.substring(call.reasoning.length());
        ready.add(new RunEvent.ReasoningDelta(snapshot.callId(), call.attempt, rest));
        call.reasoning.append(rest);
      }
      String text = snapshot.text() == null ? "" : snapshot.text();
      if (text.length() > call.text.length() && text.startsWith(call.text.toString())) {
        String rest = text.substring(call.text.length());
        ready.add(new RunEvent.TextDelta(snapshot.callId(), call.attempt, rest));
        call.text.append(rest);
      }
    }
  }

  private DescribeWorkflowExecutionResponse describe() {
    WorkflowExecution.Builder execution = WorkflowExecution.newBuilder().setWorkflowId(workflowId);
    if (runId != null) {
      execution.setRunId(runId);
    }
    try {
      return client
          .getWorkflowServiceStubs()
          .blockingStub()
          .describeWorkflowExecution(
              DescribeWorkflowExecutionRequest.newBuilder()
                  .setNamespace(client.getOptions().getNamespace())
                  .setExecution(execution)
                  .build());
    } catch (RuntimeException e) {
      return null; // not started yet, or the service is unreachable: poll again
    }
  }

  private RunEventsQuery.Page query(long offset) {
    try {
      return stub.query(RunEventsQuery.NAME, RunEventsQuery.Page.class, offset);
    } catch (RuntimeException e) {
      return null; // no streamed run registered its query yet, or no worker answered: poll again
    }
  }

  private StreamSnapshot decode(PendingActivityInfo activity) {
    try {
      StreamSnapshot snapshot =
          converter.fromPayloads(
              0,
              Optional.of(activity.getHeartbeatDetails()),
              StreamSnapshot.class,
              StreamSnapshot.class);
      return snapshot != null && snapshot.callId() != null ? snapshot : null;
    } catch (RuntimeException e) {
      return null; // another activity's heartbeat details
    }
  }

  private static int number(String callId) {
    String prefix = "da-stream-";
    if (callId == null || !callId.startsWith(prefix)) {
      return 0;
    }
    try {
      return Integer.parseInt(callId.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static final class CallState {
    int attempt;
    final StringBuilder text = new StringBuilder();
    final StringBuilder reasoning = new StringBuilder();
    int matched;
    int reasoningMatched;
    boolean done;
  }

  /** Settings of a {@link RunSubscription}. */
  public static final class Builder {
    private final WorkflowClient client;
    private final String workflowId;
    private String runId;
    private long fromOffset;
    private Duration pollInterval = Duration.ofMillis(200);
    private boolean readWorkerMemory = true;

    private Builder(WorkflowClient client, String workflowId) {
      this.client = Objects.requireNonNull(client, "client");
      this.workflowId = Objects.requireNonNull(workflowId, "workflowId");
    }

    /** Follows this run of the workflow; by default the latest run. */
    public Builder setRunId(String runId) {
      this.runId = runId;
      return this;
    }

    /**
     * Starts after the durable events before {@code offset}: pass {@link
     * RunSubscription#nextOffset} of an earlier subscription to resume where it stopped. The deltas
     * of the model call running at that point arrive again from the call's start.
     */
    public Builder setFromOffset(long offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must not be negative: " + offset);
      }
      this.fromOffset = offset;
      return this;
    }

    /** How often the workflow is queried and described; 200 ms by default. */
    public Builder setPollInterval(Duration pollInterval) {
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("pollInterval must be positive: " + pollInterval);
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /**
     * Whether to read the deltas a worker in this JVM holds in memory, as well as the heartbeat
     * details every process can read; {@code true} by default. With {@code false} the subscription
     * sees exactly what a subscriber in another process sees.
     */
    public Builder setReadWorkerMemory(boolean read) {
      this.readWorkerMemory = read;
      return this;
    }

    /** The subscription; it polls lazily, when iterated. */
    public RunSubscription build() {
      return new RunSubscription(this);
    }
  }
}
