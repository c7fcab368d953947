package dev.durableagents.integration.crash;

import dev.durableagents.runtime.ConversationCache;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowTaskFailedCause;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run's workflow history says about crash recovery: how many activities it scheduled and
 * completed (each exactly once), which attempt completed each, and the workflow tasks that failed
 * or timed out.
 *
 * @param notCompleted activities that neither completed nor failed
 * @param cacheMisses model activities that failed as a conversation-cache miss (the workflow then
 *     sends the call again whole, as a new activity)
 * @param failed activities that failed for any other reason
 * @param finalAttempts activity id to the attempt the server recorded as started last
 * @param activityTypes activity id to activity type
 */
record RunHistory(
    String workflowId,
    int events,
    long bytes,
    int scheduled,
    int completedOnce,
    int completedMoreThanOnce,
    int notCompleted,
    int cacheMisses,
    int failed,
    int retried,
    int workflowTaskFailures,
    int nondeterminismFailures,
    int workflowTaskTimeouts,
    Map<String, Integer> finalAttempts,
    Map<String, String> activityTypes) {

  static RunHistory of(String workflowId, WorkflowExecutionHistory history) {
    Map<Long, String> idsByScheduledEvent = new HashMap<>();
    Map<String, Integer> completions = new HashMap<>();
    Map<String, Integer> attempts = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    int taskFailures = 0;
    int misses = 0;
    int failures = 0;
    java.util.Set<String> failedIds = new java.util.HashSet<>();
    int nondeterminism = 0;
    int taskTimeouts = 0;
    for (HistoryEvent event : history.getEvents()) {
      EventType type = event.getEventType();
      if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        var attributes = event.getActivityTaskScheduledEventAttributes();
        idsByScheduledEvent.put(event.getEventId(), attributes.getActivityId());
        completions.put(attributes.getActivityId(), 0);
        types.put(attributes.getActivityId(), attributes.getActivityType().getName());
      } else if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
        var attributes = event.getActivityTaskStartedEventAttributes();
        attempts.put(
            idsByScheduledEvent.get(attributes.getScheduledEventId()), attributes.getAttempt());
      } else if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
        String id =
            idsByScheduledEvent.get(
                event.getActivityTaskCompletedEventAttributes().getScheduledEventId());
        completions.merge(id, 1, Integer::sum);
      } else if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED) {
        String failureType =
            event
                .getActivityTaskFailedEventAttributes()
                .getFailure()
                .getApplicationFailureInfo()
                .getType();
        failedIds.add(
            idsByScheduledEvent.get(
                event.getActivityTaskFailedEventAttributes().getScheduledEventId()));
        if (ConversationCache.MISS_FAILURE_TYPE.equals(failureType)) {
          misses++;
        } else {
          failures++;
        }
      } else if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED) {
        taskFailures++;
        if (event.getWorkflowTaskFailedEventAttributes().getCause()
            == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR) {
          nondeterminism++;
        }
      } else if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) {
        taskTimeouts++;
      }
    }
    int once = 0;
    int more = 0;
    int none = 0;
    for (Map.Entry<String, Integer> c : completions.entrySet()) {
      if (c.getValue() == 1) {
        once++;
      } else if (c.getValue() > 1) {
        more++;
      } else if (!failedIds.contains(c.getKey())) {
        none++;
      }
    }
    int retried = (int) attempts.values().stream().filter(a -> a > 1).count();
    return new RunHistory(
        workflowId,
        history.getEvents().size(),
        history.getHistory().getSerializedSize(),
        completions.size(),
        once,
        more,
        none,
        misses,
        failures,
        retried,
        taskFailures,
        nondeterminism,
        taskTimeouts,
        attempts,
        types);
  }
}
