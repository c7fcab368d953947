package dev.durableagents.integration;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.List;
import java.util.stream.Collectors;

/** Reading histories in assertions. */
public final class Histories {

  private Histories() {}

  /** The events of one type, in order. */
  public static List<HistoryEvent> events(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream().filter(e -> e.getEventType() == type).toList();
  }

  /** The activity types scheduled, in order. */
  public static List<String> activities(WorkflowExecutionHistory history) {
    return events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).stream()
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .collect(Collectors.toList());
  }

  /** How many workflow tasks failed: none in a healthy run. */
  public static long workflowTaskFailures(WorkflowExecutionHistory history) {
    return events(history, EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED).size();
  }
}
