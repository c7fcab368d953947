package dev.durableagents.runtime.internal;

import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats an activity at half its heartbeat timeout while a blocking call runs (a model call, an
 * MCP operation), so a slow call outlives a short heartbeat timeout.
 */
final class Heartbeats {

  private static final ScheduledExecutorService HEARTBEATS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "durable-agents-heartbeat");
            t.setDaemon(true);
            return t;
          });

  private Heartbeats() {}

  /** Starts heartbeating; {@code null} when the activity has no heartbeat timeout or is local. */
  static ScheduledFuture<?> start(ActivityExecutionContext context) {
    Duration timeout = context.getInfo().getHeartbeatTimeout();
    if (timeout == null || timeout.isZero() || context.getInfo().isLocal()) {
      return null;
    }
    long periodMillis = Math.max(1, timeout.toMillis() / 2);
    return HEARTBEATS.scheduleAtFixedRate(
        () -> {
          try {
            context.heartbeat(null);
          } catch (RuntimeException e) {
            // Cancellation or a failed heartbeat: the call's own timeout ends the attempt.
          }
        },
        periodMillis,
        periodMillis,
        TimeUnit.MILLISECONDS);
  }

  /** Stops what {@link #start} started. */
  static void stop(ScheduledFuture<?> heartbeat) {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
  }
}
