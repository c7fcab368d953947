package dev.durableagents.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest {@link StreamSnapshot} of every streaming model call that ran in this JVM, by
 * workflow id: the low-latency path for a subscriber that runs in the worker's JVM (samples,
 * tests, an application that embeds its worker). It is not durable and not shared between
 * processes; other subscribers read the same snapshots from the activity's heartbeat details.
 * Entries of a workflow are dropped when its run's terminal event is seen, or by {@link #clear}.
 */
public final class DeltaHub {

  private static final Map<String, Map<String, StreamSnapshot>> SNAPSHOTS =
      new ConcurrentHashMap<>();

  private DeltaHub() {}

  /** Records {@code snapshot} as the latest of its call, unless a later attempt was recorded. */
  static void publish(StreamSnapshot snapshot) {
    SNAPSHOTS
        .computeIfAbsent(snapshot.workflowId(), id -> new ConcurrentHashMap<>())
        .merge(
            snapshot.callId(),
            snapshot,
            (old, next) -> next.attempt() >= old.attempt() ? next : old);
  }

  /** The latest snapshots of the workflow's calls, by call id; empty when none ran here. */
  public static Map<String, StreamSnapshot> snapshots(String workflowId) {
    Map<String, StreamSnapshot> calls = SNAPSHOTS.get(workflowId);
    return calls == null ? Map.of() : Map.copyOf(calls);
  }

  /** Forgets the workflow's snapshots. */
  public static void clear(String workflowId) {
    SNAPSHOTS.remove(workflowId);
  }
}
