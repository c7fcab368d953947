package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.RunEvent;
import io.temporal.workflow.QueryMethod;
import java.util.List;

/**
 * The query a workflow with a streamed run answers, registered by the first {@code
 * Runner.runStreamed} of the workflow. Queries read workflow state and add nothing to history.
 */
public interface RunEventsQuery {

  /** The query type. */
  String NAME = "durable-agents.run-events";

  /** The durable events from {@code offset} on, and how many model calls have started. */
  @QueryMethod(name = NAME)
  Page runEvents(long offset);

  /**
   * One answer of the query.
   *
   * @param events the durable events from the asked offset on
   * @param startedCalls the highest number {@code n} of a model call {@code da-stream-<n>} the
   *     workflow has scheduled (0 when none): every event recorded before it is in {@code events}
   */
  record Page(List<RunEvent.ItemEvent> events, int startedCalls) {}
}
