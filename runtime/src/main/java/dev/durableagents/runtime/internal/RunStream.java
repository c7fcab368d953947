package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.RunEvent;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The durable event stream of a workflow's streamed runs, in workflow state: appended to by the
 * runs' hooks as items complete and read by the {@link RunEventsQuery}. Replay rebuilds it, so it
 * survives worker crashes and costs nothing in history.
 */
final class RunStream implements RunEventsQuery {

  /** The prefix of the activity ids of streamed model calls; the suffix counts from 1. */
  static final String CALL_ID_PREFIX = "da-stream-";

  private static final WorkflowLocal<RunStream> CURRENT =
      WorkflowLocal.withCachedInitial(() -> null);

  private final List<RunEvent.ItemEvent> events = new ArrayList<>();
  private int calls;

  private RunStream() {}

  /** The workflow's stream, created (and its query registered) on first use. */
  static RunStream current() {
    RunStream stream = CURRENT.get();
    if (stream == null) {
      stream = new RunStream();
      CURRENT.set(stream);
      Workflow.registerListener(stream);
    }
    return stream;
  }

  /** The activity id of the next streamed model call. */
  String nextCallId() {
    return CALL_ID_PREFIX + (++calls);
  }

  /** Appends the event {@code create} makes for the next offset, and returns it. */
  RunEvent.ItemEvent append(LongFunction<RunEvent.ItemEvent> create) {
    RunEvent.ItemEvent event = create.apply(events.size());
    events.add(event);
    return event;
  }

  @Override
  public Page runEvents(long offset) {
    int from = (int) Math.max(0, Math.min(offset, events.size()));
    return new Page(List.copyOf(events.subList(from, events.size())), calls);
  }
}
