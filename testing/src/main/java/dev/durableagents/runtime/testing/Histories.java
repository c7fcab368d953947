package dev.durableagents.runtime.testing;

import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what tests assert on from a workflow's event history. */
public final class Histories {

  private Histories() {}

  /** The history of the workflow with this id. */
  public static WorkflowExecutionHistory of(WorkflowClient client, String workflowId) {
    return client.fetchHistory(workflowId);
  }

  /** The activity types scheduled, in order. */
  public static List<String> scheduledActivities(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .collect(Collectors.toList());
  }

  /** The JSON input of each scheduled activity, in order (one string per activity). */
  /** The task queue of each scheduled activity, in order. */
  public static List<String> scheduledTaskQueues(WorkflowExecutionHistory history) {
    return events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).stream()
        .map(e -> e.getActivityTaskScheduledEventAttributes().getTaskQueue().getName())
        .toList();
  }

  public static List<String> scheduledInputs(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(
            e -> payloads(e.getActivityTaskScheduledEventAttributes().getInput().getPayloadsList()))
        .collect(Collectors.toList());
  }

  /** The JSON result of each completed activity, in order. */
  public static List<String> completedResults(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
        .map(
            e ->
                payloads(e.getActivityTaskCompletedEventAttributes().getResult().getPayloadsList()))
        .collect(Collectors.toList());
  }

  /** The attempt number of each ActivityTaskStarted event, in order. */
  public static List<Integer> startedAttempts(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
        .map(e -> e.getActivityTaskStartedEventAttributes().getAttempt())
        .collect(Collectors.toList());
  }

  /** The events of this type, in order. */
  public static List<HistoryEvent> events(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == type)
        .collect(Collectors.toList());
  }

  /** The summary of each scheduled activity as its JSON payload text ("" when it has none). */
  public static List<String> scheduledSummaries(WorkflowExecutionHistory history) {
    return events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).stream()
        .map(
            e ->
                e.hasUserMetadata() && e.getUserMetadata().hasSummary()
                    ? e.getUserMetadata().getSummary().getData().toString(StandardCharsets.UTF_8)
                    : "")
        .collect(Collectors.toList());
  }

  /** Every event of the history, as text, for searching it for a string. */
  public static String text(WorkflowExecutionHistory history) {
    StringBuilder all = new StringBuilder();
    for (HistoryEvent event : history.getEvents()) {
      all.append(event.toString()).append('\n');
    }
    return all.append(history.toJson(false)).toString();
  }

  private static String payloads(List<Payload> payloads) {
    return payloads.stream()
        .map(p -> p.getData().toString(StandardCharsets.UTF_8))
        .collect(Collectors.joining(","));
  }
}
