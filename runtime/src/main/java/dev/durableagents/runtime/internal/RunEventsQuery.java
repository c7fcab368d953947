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

  /** The durable events from {@code offset} on, and how far the model calls have got. */
  @QueryMethod(name = NAME)
  Page runEvents(long offset);

  /**
   * One answer of the query.
   *
   * @param events the durable events from the asked offset on
   * @param completedCalls the highest number {@code n} of a model call {@code da-stream-<n>} whose
   *     response the workflow has recorded (0 when none)
   */
  record Page(List<RunEvent.ItemEvent> events, int completedCalls) {}
}
