package dev.durableagents.bench;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one workflow run's history holds: its size in bytes as Temporal stores it (the serialized
 * {@code History} protobuf), its events, its activities, and its largest single payload.
 *
 * @param bytes the serialized size of the history
 * @param events the number of events
 * @param activities activity tasks scheduled (regular activities)
 * @param markers local activity markers recorded (one per local activity; version markers are not
 *     counted)
 * @param largestPayload the largest serialized payload in any event
 * @param activityTypes the activity types scheduled, in order
 * @param continuedAsNewRunId the next run's id when this run continued as new, else {@code null}
 */
public record HistoryStats(
    long bytes,
    int events,
    int activities,
    int markers,
    long largestPayload,
    List<String> activityTypes,
    String continuedAsNewRunId) {

  /** The stats of one run of {@code workflowId} ({@code runId} null for the latest). */
  public static HistoryStats of(WorkflowClient client, String workflowId, String runId) {
    History history = client.fetchHistory(workflowId, runId).getHistory();
    int activities = 0;
    int markers = 0;
    long largest = 0;
    String next = null;
    List<String> types = new ArrayList<>();
    for (HistoryEvent event : history.getEventsList()) {
      if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        activities++;
        types.add(event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
      } else if (event.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED
          && event.getMarkerRecordedEventAttributes().getMarkerName().equals("LocalActivity")) {
        markers++;
      } else if (event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW) {
        next = event.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
      }
      largest = Math.max(largest, largestPayload(event));
    }
    return new HistoryStats(
        history.getSerializedSize(),
        history.getEventsCount(),
        activities,
        markers,
        largest,
        types,
        next);
  }

  /** The largest payload anywhere in {@code message}, by serialized size. */
  static long largestPayload(Message message) {
    if (message instanceof Payload payload) {
      return payload.getSerializedSize();
    }
    long largest = 0;
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (field.getKey().isRepeated()) {
        for (Object element : (List<?>) field.getValue()) {
          largest = Math.max(largest, largestOf(element));
        }
      } else {
        largest = Math.max(largest, largestOf(field.getValue()));
      }
    }
    return largest;
  }

  private static long largestOf(Object value) {
    if (value instanceof Message m) {
      return largestPayload(m);
    }
    return 0; // map entries of non-message values
  }
}
