package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.model.ConversationRef;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.ActivityInfo;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.context.ActivitySerializationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Rebuilds a conversation a model call stored from the workflow run's own history, for a worker
 * whose cache does not hold it. The history has every model activity's input (a delta and a {@link
 * ConversationRef}, or a whole input) and result, so the conversation stored under key K is
 * whole(K) followed by K's output items, where whole(K) is K's input when it has no base, and
 * otherwise the first baseCount items of the conversation stored under its base key followed by K's
 * input. A key scheduled twice (a reference that missed, then the whole resend) counts by the
 * attempt that completed.
 */
final class HistoryConversations {

  /** The workflow run an activity belongs to. */
  record Run(String namespace, String workflowId, String runId, String workflowType) {

    static Run of(ActivityInfo info) {
      return new Run(
          info.getNamespace(),
          info.getWorkflowId(),
          info.getWorkflowRunId(),
          info.getWorkflowType());
    }
  }

  /** A model call that completed: what the history recorded as its input and its result. */
  private record Call(ModelRequest sent, Payloads result, ActivitySerializationContext context) {}

  private final BiFunction<String, String, WorkflowExecutionHistory> histories;
  private final Supplier<DataConverter> converter;

  /**
   * @param histories fetches the history of a workflow run, by workflow id and run id
   * @param converter the workflow client's data converter, which wrote the payloads
   */
  HistoryConversations(
      BiFunction<String, String, WorkflowExecutionHistory> histories,
      Supplier<DataConverter> converter) {
    this.histories = Objects.requireNonNull(histories, "histories");
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /**
   * The conversation stored under {@code key} in {@code run}, or {@code null} when its history
   * cannot give it (the history cannot be fetched or decoded, or a call it needs is not in it: a
   * local activity's input, for one, is not recorded).
   */
  List<Item> rebuild(Run run, String key) {
    try {
      WorkflowExecutionHistory history = histories.apply(run.workflowId(), run.runId());
      if (history == null) {
        return null;
      }
      return rebuild(key, completedCalls(run, history.getEvents()));
    } catch (RuntimeException e) {
      return null; // the cache miss then stands, and the workflow sends the whole conversation
    }
  }

  // Every model call of the history that completed, by key; the input of the attempt that did.
  private Map<String, Call> completedCalls(Run run, List<HistoryEvent> events) {
    DataConverter dc = converter.get();
    Map<Long, HistoryEvent> scheduled = new HashMap<>();
    Map<String, Call> calls = new HashMap<>();
    for (HistoryEvent event : events) {
      if (event.hasActivityTaskScheduledEventAttributes()) {
        ActivityTaskScheduledEventAttributes a = event.getActivityTaskScheduledEventAttributes();
        String type = a.getActivityType().getName();
        if (ModelActivity.INVOKE_MODEL.equals(type)
            || ModelActivity.INVOKE_MODEL_STREAMING.equals(type)) {
          scheduled.put(event.getEventId(), event);
        }
      } else if (event.hasActivityTaskCompletedEventAttributes()) {
        var completed = event.getActivityTaskCompletedEventAttributes();
        HistoryEvent schedule = scheduled.get(completed.getScheduledEventId());
        if (schedule == null) {
          continue;
        }
        ActivityTaskScheduledEventAttributes a = schedule.getActivityTaskScheduledEventAttributes();
        ActivitySerializationContext context =
            new ActivitySerializationContext(
                run.namespace(),
                run.workflowId(),
                run.workflowType(),
                a.getActivityType().getName(),
                a.getTaskQueue().getName(),
                false);
        ModelRequest sent;
        try {
          sent =
              dc.withContext(context)
                  .fromPayloads(
                      0, Optional.of(a.getInput()), ModelRequest.class, ModelRequest.class);
        } catch (RuntimeException e) {
          continue; // a call that cannot be read: only the conversations it starts are lost
        }
        if (sent.conversationRef() != null) {
          calls.put(sent.conversationRef().key(), new Call(sent, completed.getResult(), context));
        }
      }
    }
    return calls;
  }

  // Follows the bases from key back to a whole input, then adds each call's items going forward.
  private List<Item> rebuild(String key, Map<String, Call> calls) {
    List<Call> chain = new ArrayList<>();
    for (String k = key; k != null; ) {
      Call call = calls.get(k);
      if (call == null || chain.size() > calls.size()) {
        return null;
      }
      chain.add(call);
      k = call.sent().conversationRef().baseKey();
    }
    DataConverter dc = converter.get();
    List<Item> items = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Call call = chain.get(i);
      ConversationRef ref = call.sent().conversationRef();
      if (ref.continuesBase() && items.size() != ref.baseCount()) {
        return null; // not what the worker that ran the call put together: do not guess
      }
      ModelResponse response =
          dc.withContext(call.context())
              .fromPayloads(
                  0, Optional.of(call.result()), ModelResponse.class, ModelResponse.class);
      items.addAll(call.sent().input());
      items.addAll(response.output());
    }
    return items;
  }
}
