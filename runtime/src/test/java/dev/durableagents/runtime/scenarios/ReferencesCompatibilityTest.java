package dev.durableagents.runtime.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.RecordedHistories;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conversation references record no version marker, yet both kinds of history earlier builds
 * recorded replay on today's code: one from before references (every model call whole, no marker)
 * and one with the {@code durable-agents.conversation-references} marker those builds wrote once
 * per run (calls with references). Each fixture is checked to be of its kind before it is replayed,
 * so the claim cannot lose its evidence silently when histories are recorded again.
 */
class ReferencesCompatibilityTest {

  private static final String CHANGE_ID = "durable-agents.conversation-references";

  @Test
  void aHistoryFromBeforeReferencesReplays() throws Exception {
    Path file = Path.of("src/test/resources/histories/sequential.json");
    WorkflowExecutionHistory history = read(file);
    List<ModelRequest> sent = modelInputs(history);

    assertTrue(sent.size() >= 2, "two model calls or more, so that a reference could apply");
    assertTrue(sent.stream().allMatch(r -> r.conversationRef() == null), "every call whole");
    assertEquals(List.of(), versionMarkers(history));
    RecordedHistories.replay(file, ScenarioWorkflowImpl.class);
  }

  @Test
  void aHistoryWithTheOldVersionMarkerReplays() throws Exception {
    Path file = Path.of("src/test/resources/histories/conversation/chat.json");
    WorkflowExecutionHistory history = read(file);
    List<ModelRequest> sent = modelInputs(history);

    assertEquals(List.of(CHANGE_ID), versionMarkers(history));
    assertTrue(
        sent.stream().skip(1).allMatch(r -> r.conversationRef() != null), "calls with references");
    RecordedHistories.replay(file, ConversationWorkflowImpl.class);
  }

  private static WorkflowExecutionHistory read(Path file) throws Exception {
    return WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<ModelRequest> modelInputs(WorkflowExecutionHistory history) {
    return Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED).stream()
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .filter(a -> a.getActivityType().getName().equals("InvokeModel"))
        .map(
            a ->
                DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                    a.getInput().getPayloads(0), ModelRequest.class, ModelRequest.class))
        .toList();
  }

  private static List<String> versionMarkers(WorkflowExecutionHistory history) {
    return Histories.events(history, EventType.EVENT_TYPE_MARKER_RECORDED).stream()
        .map(HistoryEvent::getMarkerRecordedEventAttributes)
        .filter(a -> a.getMarkerName().equals("Version"))
        .map(
            a ->
                DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                    a.getDetailsOrThrow("changeId").getPayloads(0), String.class, String.class))
        .toList();
  }
}
