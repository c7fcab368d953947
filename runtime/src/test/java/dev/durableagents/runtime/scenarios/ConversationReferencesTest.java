package dev.durableagents.runtime.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.internal.ModelActivities;
import dev.durableagents.runtime.internal.ModelActivity;
import dev.durableagents.runtime.model.ConversationRef;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.storage.ExternalStorage;
import dev.durableagents.runtime.storage.FileSystemStorageDriver;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.Activity;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversation references: a model activity's input in history holds only the items that are new
 * since an earlier call, while the model still receives exactly the request it received when every
 * input was whole. Each test runs a chat twice, with references and with the whole conversation in
 * history, and compares what the model got. Histories are recorded into {@code
 * src/test/resources/histories/conversation} with {@code -Dhistories.record=true}.
 */
class ConversationReferencesTest {

  /** One run of a chat: its result, history and the requests the model received. */
  record Chat(String result, WorkflowExecutionHistory history, List<ModelRequest> requests) {

    List<ModelRequest> sent() {
      List<ModelRequest> sent = new ArrayList<>();
      for (HistoryEvent e :
          Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)) {
        var attributes = e.getActivityTaskScheduledEventAttributes();
        if (attributes.getActivityType().getName().equals(ModelActivity.INVOKE_MODEL)) {
          String json =
              attributes.getInput().getPayloads(0).getData().toString(StandardCharsets.UTF_8);
          try {
            sent.add(Json.mapper().readValue(json, ModelRequest.class));
          } catch (IOException ex) {
            throw new IllegalStateException(ex);
          }
        }
      }
      return sent;
    }

    long bytes() {
      return history.getEvents().stream().mapToLong(HistoryEvent::getSerializedSize).sum();
    }

    long largestEvent() {
      return history.getEvents().stream()
          .mapToLong(HistoryEvent::getSerializedSize)
          .max()
          .orElse(0);
    }

    List<HistoryEvent> failures() {
      return Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED);
    }
  }

  static Chat chat(String mode, int turns, int chars, boolean whole) {
    return chat(mode, turns, chars, whole, b -> b, null);
  }

  /** Runs a chat with the plugin {@code plugin} configures; records it as {@code record}. */
  static Chat chat(
      String mode,
      int turns,
      int chars,
      boolean whole,
      UnaryOperator<DurableAgentsPlugin.Builder> plugin,
      String record) {
    return chat(mode, turns, chars, whole, plugin, null, record);
  }

  /**
   * Runs a chat whose model activity rebuilds the conversations its cache misses from the histories
   * {@code histories} gives (by workflow id and run id), or, when it is {@code null}, from the
   * histories the activity's client fetches.
   */
  static Chat chat(
      String mode,
      int turns,
      int chars,
      boolean whole,
      UnaryOperator<DurableAgentsPlugin.Builder> plugin,
      BiFunction<String, String, WorkflowExecutionHistory> histories,
      String record) {
    TestModel model = ConversationWorkflowImpl.model(chars);
    DurableAgentsPlugin.Builder builder =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(10))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
                    .build());
    if (histories != null) {
      builder.setRegisterActivities(false);
    }
    DurableAgentsPlugin agents = plugin.apply(builder).build();
    // Cache size 0: every workflow task replays from the start, so determinism is exercised.
    try (AgentTestEnvironment env = AgentTestEnvironment.create(agents, 0)) {
      env.worker().registerWorkflowImplementationTypes(ConversationWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new Scenarios.Lookups());
      if (histories != null) {
        DataConverter converter = env.client().getOptions().getDataConverter();
        env.worker()
            .registerActivitiesImplementations(
                ModelActivities.withHistories(
                    new TestModelProvider(model),
                    agents.getConversationCache(),
                    () -> converter,
                    histories));
      }
      env.start();
      String id = "conversation-" + mode + "-" + turns + (whole ? "-whole" : "");
      String result =
          env.newWorkflow(ConversationWorkflow.class, id).chat(mode, turns, chars, whole);
      WorkflowExecutionHistory history = Histories.of(env.client(), id);
      if (record != null && Boolean.getBoolean("histories.record")) {
        write(record, history);
      }
      return new Chat(result, history, model.requests());
    }
  }

  private static void write(String name, WorkflowExecutionHistory history) {
    try {
      Path dir = Path.of("src/test/resources/histories/conversation");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".json"), history.toJson(true), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model got the same requests as with whole input in history (in any order if parallel). */
  static void assertSameModelRequests(Chat whole, Chat references) {
    Comparator<ModelRequest> order =
        Comparator.comparing(ModelRequest::agentName).thenComparing(r -> r.input().size());
    List<ModelRequest> expected = new ArrayList<>(whole.requests());
    List<ModelRequest> actual = new ArrayList<>(references.requests());
    expected.sort(order);
    actual.sort(order);
    assertEquals(expected, actual);
    assertEquals(whole.result(), references.result());
    for (ModelRequest request : references.requests()) {
      assertNull(request.conversationRef(), "the model gets requests without references");
    }
  }

  @Test
  void aChatRecordsOnlyTheNewMessageOfEachTurnWhileTheModelSeesTheWholeConversation() {
    Chat whole = chat("chat", 5, 1000, true);
    Chat chat = chat("chat", 5, 1000, false, b -> b, "chat");

    assertSameModelRequests(whole, chat);
    assertEquals(5, chat.requests().size());
    for (int turn = 1; turn <= 5; turn++) {
      assertEquals(2 * turn - 1, chat.requests().get(turn - 1).input().size());
    }
    List<ModelRequest> sent = chat.sent();
    assertEquals(5, sent.size());
    assertEquals(
        ConversationRef.whole(sent.get(0).conversationRef().key()), sent.get(0).conversationRef());
    assertEquals(chat.requests().get(0).input(), sent.get(0).input());
    for (int turn = 2; turn <= 5; turn++) {
      ModelRequest request = sent.get(turn - 1);
      ConversationRef ref = request.conversationRef();
      assertEquals(
          sent.get(turn - 2).conversationRef().key(), ref.baseKey(), "continues the last call");
      assertEquals(2 * (turn - 1), ref.baseCount());
      List<Item> received = chat.requests().get(turn - 1).input();
      assertEquals(List.of(received.get(2 * turn - 2)), request.input());
    }
    String firstKey = sent.get(0).conversationRef().key();
    assertTrue(firstKey.startsWith("conversation-chat-5/") && firstKey.endsWith("/1"), firstKey);
    // The opt-out records every request whole, without references; neither records a marker.
    for (ModelRequest request : whole.sent()) {
      assertNull(request.conversationRef());
    }
    assertEquals(whole.requests(), whole.sent());
    assertEquals(0, Histories.events(whole.history(), EventType.EVENT_TYPE_MARKER_RECORDED).size());
    assertEquals(0, Histories.events(chat.history(), EventType.EVENT_TYPE_MARKER_RECORDED).size());
  }

  @Test
  void historyGrowsLinearlyWithTheTurnsAndNoEventHoldsMoreThanAMessage() {
    int chars = 4000;
    Chat ten = chat("chat", 10, chars, false);
    Chat twenty = chat("chat", 20, chars, false);
    Chat tenWhole = chat("chat", 10, chars, true);
    Chat twentyWhole = chat("chat", 20, chars, true);

    // Each turn adds a question (in the activity input) and an answer (in its result).
    long perTurn = (twenty.bytes() - ten.bytes()) / 10;
    assertTrue(perTurn < 3 * chars, "bytes per turn: " + perTurn);
    assertTrue(twenty.bytes() < 2.2 * ten.bytes(), ten.bytes() + " -> " + twenty.bytes());
    assertTrue(twenty.bytes() < 3 * 20 * 2 * chars, "at most 3x the conversation");
    assertTrue(twenty.largestEvent() < chars + 2000, "largest event: " + twenty.largestEvent());
    // Whole input in history: quadratic.
    assertTrue(
        twentyWhole.bytes() > 3.3 * tenWhole.bytes(),
        tenWhole.bytes() + " -> " + twentyWhole.bytes());
    assertTrue(twentyWhole.largestEvent() > 38 * chars);
  }

  /** A cache that forgets everything it holds at each of its {@code forgetAt}-th lookups. */
  static final class ForgetfulCache implements ConversationCache {
    private final List<Integer> forgetAt;
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile ConversationCache delegate = ConversationCache.inMemory();

    ForgetfulCache(Integer... forgetAt) {
      this.forgetAt = List.of(forgetAt);
    }

    @Override
    public Conversation get(String key) {
      if (forgetAt.contains(lookups.incrementAndGet())) {
        delegate = ConversationCache.inMemory(); // as a new worker process would start
      }
      return delegate.get(key);
    }

    @Override
    public void put(String key, Conversation conversation) {
      delegate.put(key, conversation);
    }
  }

  /**
   * Fetches histories with the model activity's own client, as the default does, counting the
   * fetches; the first {@code failures} fail (an unreachable server).
   */
  static final class Fetches implements BiFunction<String, String, WorkflowExecutionHistory> {
    private final int failures;
    private final AtomicInteger count = new AtomicInteger();

    Fetches(int failures) {
      this.failures = failures;
    }

    @Override
    public WorkflowExecutionHistory apply(String workflowId, String runId) {
      if (count.incrementAndGet() <= failures) {
        throw new IllegalStateException("the history cannot be fetched");
      }
      return Activity.getExecutionContext().getWorkflowClient().fetchHistory(workflowId, runId);
    }

    int count() {
      return count.get();
    }
  }

  /** A history source that always fails. */
  static final BiFunction<String, String, WorkflowExecutionHistory> NO_HISTORY =
      (workflowId, runId) -> {
        throw new IllegalStateException("the history cannot be fetched");
      };

  /**
   * What each model activity's input held, in order: agent, base call and count (or whole), and how
   * many items it carried; keys by call number, as run ids differ between runs.
   */
  static List<String> shape(Chat chat) {
    return chat.sent().stream()
        .map(
            request -> {
              ConversationRef ref = request.conversationRef();
              String base =
                  ref == null
                      ? "no reference"
                      : ref.continuesBase()
                          ? "call "
                              + callOf(ref.key())
                              + " on call "
                              + callOf(ref.baseKey())
                              + "@"
                              + ref.baseCount()
                          : "call " + callOf(ref.key()) + " whole";
              return request.agentName() + ": " + base + ", " + request.input().size() + " items";
            })
        .toList();
  }

  private static String callOf(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  @Test
  void aCacheThatHoldsNothingIsRebuiltFromHistoryForEveryCallWithoutAMissOrAWholeResend() {
    for (String mode : List.of("chat", "tools", "handoffFilter", "parallel")) {
      Chat whole = chat(mode, 3, 300, true);
      Chat cached = chat(mode, 3, 300, false);
      Fetches fetches = new Fetches(0);
      Chat rebuilt =
          chat(
              mode,
              3,
              300,
              false,
              b -> b.setConversationCache(ConversationCache.none()),
              fetches,
              mode.equals("tools") ? "rebuilt" : null);

      assertSameModelRequests(whole, rebuilt);
      assertEquals(0, rebuilt.failures().size(), mode);
      assertEquals(shape(cached), shape(rebuilt), mode);
      long continued =
          rebuilt.sent().stream().filter(r -> r.conversationRef().continuesBase()).count();
      assertTrue(continued > 0, mode);
      assertEquals(continued, fetches.count(), mode + ": one history fetch per call with a base");
    }
  }

  @Test
  void aRebuildReadsPayloadsThatExternalStorageKeptOutOfTheHistory(@TempDir Path store) {
    // Messages of 3,000 characters over a 2 KB threshold: every model input and result is a claim.
    UnaryOperator<DurableAgentsPlugin.Builder> stored =
        b ->
            b.setExternalStorage(
                ExternalStorage.newBuilder()
                    .addDriver(new FileSystemStorageDriver(store))
                    .setSizeThreshold(2048)
                    .setCacheSize(0)
                    .build());
    Chat whole = chat("chat", 4, 3000, true);
    Chat cached = chat("chat", 4, 3000, false, stored, null);
    Fetches fetches = new Fetches(0);
    Chat rebuilt =
        chat(
            "chat",
            4,
            3000,
            false,
            b -> stored.apply(b).setConversationCache(ConversationCache.none()),
            fetches,
            null);

    assertSameModelRequests(whole, rebuilt);
    assertEquals(0, rebuilt.failures().size());
    assertEquals(3, fetches.count());
    assertTrue(rebuilt.largestEvent() < 2048, "largest event: " + rebuilt.largestEvent());
    assertEquals(4, Histories.scheduledActivities(rebuilt.history()).size(), "nothing resent");
    assertEquals(cached.history().getEvents().size(), rebuilt.history().getEvents().size());
  }

  @Test
  void aModelCallHeartbeatsWhileItFetchesASlowHistory() {
    // A heartbeat timeout of 1 s, one attempt, and a history that takes 2.5 s to fetch.
    TestModel model = ConversationWorkflowImpl.model(200);
    DurableAgentsPlugin agents =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setRegisterActivities(false)
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(30))
                    .setHeartbeatTimeout(Duration.ofSeconds(1))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build())
            .build();
    Fetches fetches = new Fetches(0);
    WorkflowExecutionHistory history;
    try (AgentTestEnvironment env = AgentTestEnvironment.createRealTime(agents)) {
      env.worker().registerWorkflowImplementationTypes(ConversationWorkflowImpl.class);
      DataConverter converter = env.client().getOptions().getDataConverter();
      env.worker()
          .registerActivitiesImplementations(
              ModelActivities.withHistories(
                  new TestModelProvider(model),
                  ConversationCache.none(),
                  () -> converter,
                  (workflowId, runId) -> {
                    try {
                      Thread.sleep(2500);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    return fetches.apply(workflowId, runId);
                  }));
      env.start();
      env.newWorkflow(ConversationWorkflow.class, "slow-history").chat("chat", 2, 200, false);
      history = Histories.of(env.client(), "slow-history");
    }

    assertEquals(1, fetches.count());
    assertEquals(
        List.of(), Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT));
    assertEquals(2, Histories.scheduledActivities(history).size());
  }

  @Test
  void aMissTheHistoryCannotRebuildCostsOneFailedAttemptAndOneWholeResend() {
    Chat whole = chat("chat", 5, 500, true);
    Chat chat =
        chat(
            "chat",
            5,
            500,
            false,
            b -> b.setConversationCache(new ForgetfulCache(2)),
            NO_HISTORY,
            "cacheMiss");

    assertSameModelRequests(whole, chat);
    List<HistoryEvent> failures = chat.failures();
    assertEquals(1, failures.size());
    assertEquals(
        ConversationCache.MISS_FAILURE_TYPE,
        failures
            .get(0)
            .getActivityTaskFailedEventAttributes()
            .getFailure()
            .getApplicationFailureInfo()
            .getType());
    assertEquals(
        List.of(1, 1, 1, 1, 1, 1), Histories.startedAttempts(chat.history()), "not retried");
    List<ModelRequest> sent = chat.sent();
    assertEquals(6, sent.size());
    // Turn 3 (the second lookup) missed: sent again whole, under the same key; turn 4 continues it.
    assertEquals(4, sent.get(2).conversationRef().baseCount());
    String key = sent.get(2).conversationRef().key();
    assertEquals(ConversationRef.whole(key), sent.get(3).conversationRef());
    assertEquals(whole.requests().get(2).input(), sent.get(3).input());
    assertEquals(key, sent.get(4).conversationRef().baseKey());
    assertEquals(1, sent.get(4).input().size());
  }

  @Test
  void everyMissIsResentWholeWhenNeitherTheCacheNorTheHistoryHoldsTheConversation() {
    Chat whole = chat("chat", 3, 200, true);
    Chat chat =
        chat(
            "chat",
            3,
            200,
            false,
            b -> b.setConversationCache(ConversationCache.none()),
            NO_HISTORY,
            null);

    assertSameModelRequests(whole, chat);
    assertEquals(2, chat.failures().size());
    assertEquals(5, chat.sent().size());
  }

  @Test
  void aRebuildGoesThroughTheWholeResendOfAnEarlierMiss() {
    Chat whole = chat("tools", 4, 300, true);
    // Lookup 2 (call 3) misses and the history cannot be fetched: call 3 goes again whole. Lookup 4
    // (call 5) misses too, and is rebuilt from call 4, which continues call 3's whole resend.
    Fetches fetches = new Fetches(1);
    Chat chat =
        chat(
            "tools",
            4,
            300,
            false,
            b -> b.setConversationCache(new ForgetfulCache(2, 4)),
            fetches,
            null);

    assertSameModelRequests(whole, chat);
    assertEquals(1, chat.failures().size());
    assertEquals(2, fetches.count());
    List<String> shape = shape(chat);
    assertEquals(9, shape.size());
    assertEquals("Researcher: call 3 on call 2@4, 1 items", shape.get(2));
    assertEquals("Researcher: call 3 whole, 5 items", shape.get(3));
    assertEquals("Researcher: call 4 on call 3@6, 1 items", shape.get(4));
    assertEquals("Researcher: call 5 on call 4@8, 1 items", shape.get(5));
    for (String call : shape.subList(4, 9)) {
      assertTrue(call.contains(" on call "), call);
    }
  }

  @Test
  void toolOutputsGoAsTheOnlyNewItemsOfTheCallAfterTheTools() {
    Chat whole = chat("tools", 3, 300, true);
    Chat tools = chat("tools", 3, 300, false, b -> b, "tools");

    assertSameModelRequests(whole, tools);
    assertEquals(6, tools.requests().size());
    List<ModelRequest> sent = tools.sent();
    for (int call = 1; call < 6; call++) {
      ModelRequest request = sent.get(call);
      assertEquals(sent.get(call - 1).conversationRef().key(), request.conversationRef().baseKey());
      assertEquals(1, request.input().size(), "the tool's output, or the next question");
    }
    assertEquals(0, tools.failures().size());
  }

  @Test
  void parallelRunsEachContinueTheConversation() {
    Chat whole = chat("parallel", 4, 300, true);
    Chat parallel = chat("parallel", 4, 300, false, b -> b, "parallel");

    assertSameModelRequests(whole, parallel);
    List<ModelRequest> sent = parallel.sent();
    assertEquals(8, sent.size());
    // Both runs of a turn continue the conversation of the chat agent's call of the turn before.
    for (int i = 2; i < 8; i++) {
      ModelRequest request = sent.get(i);
      int turn = i / 2 + 1;
      assertEquals(1, request.input().size(), "only the new question: " + request.agentName());
      assertEquals(2 * (turn - 1), request.conversationRef().baseCount());
      assertEquals(
          sent.get(2 * (turn - 2)).conversationRef().key(), request.conversationRef().baseKey());
    }
  }

  @Test
  void aHandoffWhoseFilterRewritesTheConversationSendsWhatNoCallSentBeforeWhole() {
    Chat whole = chat("handoffFilter", 3, 300, true);
    Chat handoff = chat("handoffFilter", 3, 300, false, b -> b, "handoffFilter");

    assertSameModelRequests(whole, handoff);
    List<ModelRequest> sent = handoff.sent();
    assertEquals(6, sent.size());
    for (int i = 0; i < 6; i++) {
      ModelRequest request = sent.get(i);
      ModelRequest received = handoff.requests().get(i);
      ConversationRef ref = request.conversationRef();
      if (ref.continuesBase()) {
        assertEquals(received.input().size() - ref.baseCount(), request.input().size());
      } else {
        assertEquals(received.input(), request.input());
      }
    }
    assertEquals(0, handoff.failures().size());
  }

  @Test
  void runsThatContinueAPreviousResponseSendOnlyNewItemsAsBeforeWithoutReferences() {
    Chat chat = chat("previousResponseId", 3, 200, false);

    List<ModelRequest> sent = chat.sent();
    assertEquals(chat.requests(), requestsWithoutReferences(sent));
    assertEquals(
        ConversationRef.whole(sent.get(0).conversationRef().key()), sent.get(0).conversationRef());
    for (ModelRequest request : sent.subList(1, 3)) {
      assertNull(request.conversationRef());
      assertEquals(1, request.input().size());
    }
    assertEquals("resp_1", sent.get(1).previousResponseId());
    assertEquals("resp_1", sent.get(2).previousResponseId(), "each answer counts one question");
  }

  private static List<ModelRequest> requestsWithoutReferences(List<ModelRequest> sent) {
    return sent.stream().map(r -> r.withConversationRef(null)).toList();
  }

  @Test
  void localActivitiesResolveReferencesOnTheWorkflowsWorkerAndResendOnAMiss() {
    UnaryOperator<DurableAgentsPlugin.Builder> local =
        b ->
            b.setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setUseLocalActivity(true)
                    .setStartToCloseTimeout(Duration.ofSeconds(10))
                    .build());
    Chat whole = chat("tools", 3, 300, true, local, null);
    Chat chat = chat("tools", 3, 300, false, local, null);
    // A local activity's input is not in history: its misses are resent, never looked up there.
    Fetches fetches = new Fetches(0);
    Chat missing =
        chat(
            "tools",
            3,
            300,
            false,
            b -> local.apply(b).setConversationCache(new ForgetfulCache(3)),
            fetches,
            null);

    assertSameModelRequests(whole, chat);
    assertSameModelRequests(whole, missing);
    assertEquals(
        List.of("Lookup.find", "Lookup.find", "Lookup.find"),
        Histories.scheduledActivities(chat.history()));
    // A marker per model call (each tool call and each answer), and nothing else.
    assertEquals(6, markers(chat).size());
    assertEquals(6, markers(chat).stream().filter("LocalActivity"::equals).count());
    // The miss is one more local activity, failed, and the whole resend another.
    assertEquals(7, markers(missing).stream().filter("LocalActivity"::equals).count());
    assertTrue(Histories.text(missing.history()).contains(ConversationCache.MISS_FAILURE_TYPE));
    assertEquals(0, fetches.count());
  }

  private static List<String> markers(Chat chat) {
    return Histories.events(chat.history(), EventType.EVENT_TYPE_MARKER_RECORDED).stream()
        .map(e -> e.getMarkerRecordedEventAttributes().getMarkerName())
        .toList();
  }

  @Test
  void thePluginCanRecordEveryRequestWhole() {
    Chat chat = chat("chat", 3, 200, false, b -> b.setWholeConversationInHistory(true), null);

    assertEquals(chat.requests(), chat.sent());
    assertEquals(0, Histories.events(chat.history(), EventType.EVENT_TYPE_MARKER_RECORDED).size());
  }
}
