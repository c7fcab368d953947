package dev.durableagents.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
import dev.durableagents.runtime.model.ConversationRef;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.WorkflowType;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskCompletedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskFailedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversations rebuilt from a history written by hand: what a run's history gives, and not. */
class HistoryConversationsTest {

  private static final HistoryConversations.Run RUN =
      new HistoryConversations.Run("default", "chat", "run-1", "ChatWorkflow");
  private static final DataConverter DC = GlobalDataConverter.get();

  private static final Item A = Message.user("a");
  private static final Item B = Message.assistant("b");
  private static final Item C = Message.user("c");
  private static final Item D = Message.assistant("d");
  private static final Item E = Message.user("e");
  private static final Item F = Message.assistant("f");

  private final History.Builder history =
      History.newBuilder()
          .addEvents(
              HistoryEvent.newBuilder()
                  .setEventId(1)
                  .setEventType(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
                  .setWorkflowExecutionStartedEventAttributes(
                      WorkflowExecutionStartedEventAttributes.newBuilder()
                          .setWorkflowType(WorkflowType.newBuilder().setName("ChatWorkflow"))));

  private long schedule(String activityType, ConversationRef ref, List<Item> input) {
    ModelRequest request =
        ModelRequest.newBuilder()
            .setAgentName("Chat")
            .setInput(input)
            .setConversationRef(ref)
            .build();
    long id = history.getEventsCount() + 1;
    history.addEvents(
        HistoryEvent.newBuilder()
            .setEventId(id)
            .setEventType(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .setActivityTaskScheduledEventAttributes(
                ActivityTaskScheduledEventAttributes.newBuilder()
                    .setActivityId(String.valueOf(id))
                    .setActivityType(ActivityType.newBuilder().setName(activityType))
                    .setTaskQueue(TaskQueue.newBuilder().setName("agents"))
                    .setInput(DC.toPayloads(request).orElseThrow())));
    return id;
  }

  private long schedule(ConversationRef ref, List<Item> input) {
    return schedule(ModelActivity.INVOKE_MODEL, ref, input);
  }

  private void complete(long scheduled, Item... output) {
    history.addEvents(
        HistoryEvent.newBuilder()
            .setEventId(history.getEventsCount() + 1)
            .setEventType(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
            .setActivityTaskCompletedEventAttributes(
                ActivityTaskCompletedEventAttributes.newBuilder()
                    .setScheduledEventId(scheduled)
                    .setResult(
                        DC.toPayloads(new ModelResponse(List.of(output), Usage.ZERO, null))
                            .orElseThrow())));
  }

  private void fail(long scheduled) {
    history.addEvents(
        HistoryEvent.newBuilder()
            .setEventId(history.getEventsCount() + 1)
            .setEventType(EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
            .setActivityTaskFailedEventAttributes(
                ActivityTaskFailedEventAttributes.newBuilder().setScheduledEventId(scheduled)));
  }

  private List<Item> rebuild(String key) {
    WorkflowExecutionHistory recorded = new WorkflowExecutionHistory(history.build());
    return new HistoryConversations((workflowId, runId) -> recorded, () -> DC).rebuild(RUN, key);
  }

  /** k1 whole, k2 a delta that missed and then its whole resend, k3 a delta on k2. */
  private void chatWithAResend() {
    complete(schedule(ConversationRef.whole("k1"), List.of(A)), B);
    fail(schedule(new ConversationRef("k2", "k1", 2), List.of(C)));
    complete(schedule(ConversationRef.whole("k2"), List.of(A, B, C)), D);
    complete(schedule(new ConversationRef("k3", "k2", 4), List.of(E)), F);
  }

  @Test
  void aConversationIsItsBasesItemsThenEachCallsInputAndOutput() {
    chatWithAResend();

    assertEquals(List.of(A, B), rebuild("k1"));
    assertEquals(List.of(A, B, C, D), rebuild("k2"), "the attempt that completed");
    assertEquals(List.of(A, B, C, D, E, F), rebuild("k3"));
  }

  @Test
  void whatTheHistoryDoesNotHoldIsNotRebuilt() {
    chatWithAResend();
    // A call still running, another activity type, a count that does not match the base.
    schedule(new ConversationRef("k4", "k3", 6), List.of(A));
    complete(schedule("Lookup.find", ConversationRef.whole("k5"), List.of(A)), B);
    complete(schedule(new ConversationRef("k6", "k3", 5), List.of(A)), B);
    // A call whose base is not in history (sent by a local activity).
    complete(schedule(new ConversationRef("k7", "local-1", 2), List.of(A)), B);

    assertNull(rebuild("k4"));
    assertNull(rebuild("k5"));
    assertNull(rebuild("k6"));
    assertNull(rebuild("k7"));
    assertNull(rebuild("local-1"));
  }

  @Test
  void aCallThatCannotBeReadLosesOnlyTheConversationsItStarts() {
    long unreadable = history.getEventsCount() + 1;
    history.addEvents(
        HistoryEvent.newBuilder()
            .setEventId(unreadable)
            .setEventType(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .setActivityTaskScheduledEventAttributes(
                ActivityTaskScheduledEventAttributes.newBuilder()
                    .setActivityType(ActivityType.newBuilder().setName(ModelActivity.INVOKE_MODEL))
                    .setInput(
                        Payloads.newBuilder()
                            .addPayloads(
                                Payload.newBuilder()
                                    .putMetadata("encoding", ByteString.copyFromUtf8("unknown"))
                                    .setData(ByteString.copyFromUtf8("?"))))));
    complete(unreadable, B);
    chatWithAResend();

    assertEquals(List.of(A, B, C, D, E, F), rebuild("k3"));
  }

  @Test
  void aHistoryThatCannotBeFetchedRebuildsNothing() {
    HistoryConversations failing =
        new HistoryConversations(
            (workflowId, runId) -> {
              throw new IllegalStateException("unavailable");
            },
            () -> DC);

    assertNull(failing.rebuild(RUN, "k1"));
  }
}
