package dev.durableagents.examples.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A short account of a run, read from its workflow history: each activity (model call or tool
 * call) with its duration, and tokens for model calls.
 */
public final class RunReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReport() {}

  /** One line per activity of the workflow's history. */
  public static List<String> lines(WorkflowClient client, String workflowId) {
    WorkflowExecutionHistory history = client.fetchHistory(workflowId);
    Map<Long, HistoryEvent> scheduled = new HashMap<>();
    List<String> lines = new ArrayList<>();
    int n = 0;
    for (HistoryEvent event : history.getEvents()) {
      if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        scheduled.put(event.getEventId(), event);
      } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
        var attributes = event.getActivityTaskCompletedEventAttributes();
        HistoryEvent start = scheduled.get(attributes.getScheduledEventId());
        String type =
            start == null
                ? "?"
                : start.getActivityTaskScheduledEventAttributes().getActivityType().getName();
        Duration took =
            start == null
                ? Duration.ZERO
                : Duration.ofMillis(
                    toMillis(event.getEventTime()) - toMillis(start.getEventTime()));
        String tokens = "";
        if (type.equals("InvokeModel") && attributes.getResult().getPayloadsCount() > 0) {
          tokens = tokens(attributes.getResult().getPayloads(0).getData().toString(StandardCharsets.UTF_8));
        }
        lines.add(String.format("  %2d. activity %-28s %6d ms%s", ++n, type, took.toMillis(), tokens));
      }
    }
    return lines;
  }

  private static long toMillis(com.google.protobuf.Timestamp t) {
    return t.getSeconds() * 1000 + t.getNanos() / 1_000_000;
  }

  private static String tokens(String responseJson) {
    try {
      JsonNode usage = JSON.readTree(responseJson).path("usage");
      return String.format(
          "   %d tokens in, %d out", usage.path("inputTokens").asLong(), usage.path("outputTokens").asLong());
    } catch (Exception e) {
      return "";
    }
  }
}
