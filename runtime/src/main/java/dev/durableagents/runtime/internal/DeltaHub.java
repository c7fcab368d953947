package dev.durableagents.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest {@link StreamSnapshot} of every streaming model call that ran in this JVM, by workflow
 * id: the low-latency path for a subscriber that runs in the worker's JVM (samples, tests, an
 * application that embeds its worker). It is not durable and not shared between processes; other
 * subscribers read the same snapshots from the activity's heartbeat details.
 *
 * <p>Memory stays bounded without subscribers: a subscriber drops its workflow's entries when it
 * sees the run's terminal event, and every so often the hub drops calls that ended more than {@link
 * #DONE_RETENTION_MILLIS} ago, or last changed more than {@link #STALE_MILLIS} ago.
 */
public final class DeltaHub {

  /** How long the snapshot of a finished call is kept for a subscriber. */
  static final long DONE_RETENTION_MILLIS = 60_000;

  /** How long the snapshot of an unfinished call (an attempt that died) is kept. */
  static final long STALE_MILLIS = 30 * 60_000;

  private static final Map<String, Map<String, Entry>> SNAPSHOTS = new ConcurrentHashMap<>();
  private static final AtomicLong PUBLISHED = new AtomicLong();

  private record Entry(StreamSnapshot snapshot, long atMillis) {}

  private DeltaHub() {}

  /** Records {@code snapshot} as the latest of its call, unless a later attempt was recorded. */
  static void publish(StreamSnapshot snapshot) {
    long now = System.currentTimeMillis();
    SNAPSHOTS
        .computeIfAbsent(snapshot.workflowId(), id -> new ConcurrentHashMap<>())
        .merge(
            snapshot.callId(),
            new Entry(snapshot, now),
            (old, next) -> next.snapshot().attempt() >= old.snapshot().attempt() ? next : old);
    if (PUBLISHED.incrementAndGet() % 1024 == 0) {
      sweep(now);
    }
  }

  /** The latest snapshots of the workflow's calls, by call id; empty when none ran here. */
  public static Map<String, StreamSnapshot> snapshots(String workflowId) {
    Map<String, Entry> calls = SNAPSHOTS.get(workflowId);
    if (calls == null) {
      return Map.of();
    }
    Map<String, StreamSnapshot> copy = new java.util.HashMap<>();
    calls.forEach((id, entry) -> copy.put(id, entry.snapshot()));
    return copy;
  }

  /** Forgets the workflow's snapshots. */
  public static void clear(String workflowId) {
    SNAPSHOTS.remove(workflowId);
  }

  static void sweep(long now) {
    SNAPSHOTS.forEach(
        (workflowId, calls) -> {
          calls
              .entrySet()
              .removeIf(
                  e ->
                      now - e.getValue().atMillis()
                          > (e.getValue().snapshot().done()
                              ? DONE_RETENTION_MILLIS
                              : STALE_MILLIS));
          if (calls.isEmpty()) {
            SNAPSHOTS.remove(workflowId, calls);
          }
        });
  }
}
