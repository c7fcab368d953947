package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.model.Item;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.WorkflowLocal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow's side of conversation references: remembers the last conversations the workflow's
 * model calls sent (each call's whole input followed by its output), under the keys the worker
 * stores them by, and finds the longest one a new call's input starts with. One per workflow run,
 * shared by all its agent runs (a chat's turns, parallel runs, agents as tools); deterministic, as
 * it sees only what the workflow code computes.
 *
 * <p>References need no version marker. A model call with a reference schedules the same activity
 * (type and id) as one with the whole input, and the SDK matches commands with history by type and
 * id, never by input: a history recorded before references replays with them, and one recorded with
 * the {@code durable-agents.conversation-references} version marker that earlier builds wrote once
 * per run replays too (the SDK passes over version markers no code asks for). A run started by an
 * earlier build and continued by this one sends its first reference to a conversation no worker
 * stored and the history does not name: that call misses, once, and is sent again whole.
 */
final class ConversationTracker {

  /** How many conversations are remembered: enough for a few runs in parallel. */
  static final int REMEMBERED = 8;

  private static final WorkflowLocal<ConversationTracker> CURRENT =
      WorkflowLocal.withCachedInitial(ConversationTracker::new);

  /** A conversation a model call sent and received, stored by the worker under {@code key}. */
  record Snapshot(String key, List<Item> items) {}

  private final ArrayDeque<Snapshot> snapshots = new ArrayDeque<>(); // most recent first
  private long calls;
  // Workflow id and run id, the same for every key of this run.
  private String keyPrefix;

  private ConversationTracker() {}

  /** The tracker of the current workflow run. */
  static ConversationTracker current() {
    return CURRENT.get();
  }

  /** A key no other model call stores a conversation under: run id and call number. */
  String nextKey() {
    if (keyPrefix == null) {
      WorkflowInfo info = Workflow.getInfo();
      keyPrefix = info.getWorkflowId() + "/" + info.getRunId() + "/";
    }
    return keyPrefix + ++calls;
  }

  /** The longest remembered conversation {@code input} starts with, or {@code null}. */
  Snapshot longestPrefixOf(List<Item> input) {
    Snapshot best = null;
    for (Snapshot snapshot : snapshots) {
      int size = snapshot.items().size();
      if (size > 0
          && size <= input.size()
          && (best == null || size > best.items().size())
          && startsWith(input, snapshot.items())) {
        best = snapshot;
      }
    }
    return best;
  }

  /** Remembers the conversation of a call that succeeded: its whole input, then its output. */
  void remember(String key, List<Item> input, List<Item> output) {
    List<Item> items = new ArrayList<>(input.size() + output.size());
    items.addAll(input);
    items.addAll(output);
    snapshots.addFirst(new Snapshot(key, items));
    while (snapshots.size() > REMEMBERED) {
      snapshots.removeLast();
    }
  }

  // Items of one conversation are mostly the very same objects, so most checks are identity.
  private static boolean startsWith(List<Item> list, List<Item> prefix) {
    int last = prefix.size() - 1;
    if (!same(list.get(last), prefix.get(last))) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      if (!same(list.get(i), prefix.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Item a, Item b) {
    return a == b || a.equals(b);
  }
}
