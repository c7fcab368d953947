package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ModelStreamListener;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The listener of one attempt of the streaming model activity: it accumulates the attempt's text
 * and reasoning into a {@link StreamSnapshot}, publishes every new snapshot to the worker's {@link
 * DeltaHub}, and records it as the activity's heartbeat details. The SDK sends heartbeats at most
 * once per throttle interval (0.8 of the heartbeat timeout, capped by the worker's {@code
 * maxHeartbeatThrottleInterval}), always with the latest details, so a long answer costs a
 * heartbeat every interval, and nothing in the workflow history. While the model has not written
 * anything yet, a timer heartbeats at half the heartbeat timeout so a slow first token does not
 * time the attempt out.
 */
final class StreamPublisher implements ModelStreamListener, AutoCloseable {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "durable-agents-stream-heartbeat");
            t.setDaemon(true);
            return t;
          });

  private final ActivityExecutionContext context;
  private final String workflowId;
  private final String callId;
  private final int attempt;
  private final boolean heartbeats;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder reasoning = new StringBuilder();
  private final ScheduledFuture<?> timer;

  StreamPublisher(ActivityExecutionContext context, String callId) {
    this.context = context;
    ActivityInfo info = context.getInfo();
    this.workflowId = info.getWorkflowId();
    this.callId = callId;
    this.attempt = info.getAttempt();
    Duration timeout = info.getHeartbeatTimeout();
    this.heartbeats = !info.isLocal() && timeout != null && !timeout.isZero();
    publish(false);
    this.timer =
        heartbeats
            ? TIMER.scheduleAtFixedRate(
                () -> heartbeat(snapshot(false)),
                Math.max(1, timeout.toMillis() / 2),
                Math.max(1, timeout.toMillis() / 2),
                TimeUnit.MILLISECONDS)
            : null;
  }

  @Override
  public void onTextDelta(String delta) {
    if (delta != null && !delta.isEmpty()) {
      synchronized (this) {
        text.append(delta);
      }
      publish(false);
    }
  }

  @Override
  public void onReasoningDelta(String delta) {
    if (delta != null && !delta.isEmpty()) {
      synchronized (this) {
        reasoning.append(delta);
      }
      publish(false);
    }
  }

  /** Publishes the final snapshot of a successful attempt. */
  void completed() {
    publish(true);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private synchronized StreamSnapshot snapshot(boolean done) {
    return new StreamSnapshot(
        workflowId, callId, attempt, text.toString(), reasoning.toString(), done);
  }

  private void publish(boolean done) {
    StreamSnapshot snapshot = snapshot(done);
    DeltaHub.publish(snapshot);
    heartbeat(snapshot);
  }

  private void heartbeat(StreamSnapshot snapshot) {
    if (!heartbeats) {
      return;
    }
    try {
      context.heartbeat(snapshot);
    } catch (RuntimeException e) {
      // Cancellation or a failed heartbeat: the call's own timeout ends the attempt.
    }
  }
}
