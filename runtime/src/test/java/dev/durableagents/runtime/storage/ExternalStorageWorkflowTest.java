package dev.durableagents.runtime.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent run whose input and tool result are larger than the threshold, on the test server with
 * the plugin's external storage: the history holds claims, the run is right, and it replays.
 */
class ExternalStorageWorkflowTest {

  static final int LARGE = 300 * 1024; // over the default 256 KiB threshold

  @ActivityInterface
  public interface DocsActivities {
    @ActivityMethod(name = "Docs.fetch")
    String fetch(String name);
  }

  public static class DocsActivitiesImpl implements DocsActivities {
    @Override
    public String fetch(String name) {
      return document(name);
    }
  }

  static String document(String name) {
    return ExternalStorageCodecTest.text(LARGE, "DOCUMENT " + name + ": ");
  }

  static final FunctionToolDefinition FETCH_TOOL =
      FunctionToolDefinition.newBuilder("fetch")
          .setDescription("Fetch a document")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
                  + "\"required\":[\"name\"],\"additionalProperties\":false}")
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(
                          ActivityOptions.newBuilder()
                              .setStartToCloseTimeout(Duration.ofSeconds(10))
                              .build())
                      .executeAsync(
                          "Docs.fetch", String.class, call.arguments().get("name", String.class)))
          .build();

  static final AgentDefinition READER =
      AgentDefinition.newBuilder("Reader")
          .setInstructions("Answer from the documents.")
          .setModel("gpt-4o")
          .addTool(FETCH_TOOL)
          .setMaxTurns(3)
          .build();

  @WorkflowInterface
  public interface ReadWorkflow {
    @WorkflowMethod
    String read(String request);
  }

  public static class ReadWorkflowImpl implements ReadWorkflow {
    @Override
    public String read(String request) {
      RunResult<String> result = Runner.run(READER, request);
      return result.finalOutput();
    }
  }

  @TempDir Path dir;

  private static TestModel script() {
    return TestModel.returning(
        TestModel.toolCall("fetch", "{\"name\":\"manual\"}"), TestModel.text("The manual, read."));
  }

  private ExternalStorage storage() {
    return ExternalStorage.newBuilder().addDriver(new FileSystemStorageDriver(dir)).build();
  }

  private static DurableAgentsPlugin plugin(TestModel model, ExternalStorage storage) {
    return DurableAgentsPlugin.newBuilder()
        .setModelProvider(new TestModelProvider(model))
        .setExternalStorage(storage)
        .build();
  }

  @Test
  void largeInputsAndToolResultsAreClaimsInTheHistoryAndTheRunReplays() throws Exception {
    String question = ExternalStorageCodecTest.text(LARGE, "QUESTION: ");
    TestModel model = script();
    WorkflowExecutionHistory history;
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin(model, storage()), 600)) {
      env.worker().registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new DocsActivitiesImpl());
      env.start();

      String answer = env.newWorkflow(ReadWorkflow.class, "large").read(question);

      assertEquals("The manual, read.", answer);
      history = Histories.of(env.client(), "large");
    }

    // The model and the workflow saw the whole values.
    assertEquals(List.of(Message.user(question)), model.requests().get(0).input());
    assertEquals(
        new FunctionCallOutput("call_fetch", document("manual")),
        model.requests().get(1).input().get(2));

    // The history holds claims where the large values were, and stays small.
    assertEquals(
        List.of("InvokeModel", "Docs.fetch", "InvokeModel"),
        Histories.scheduledActivities(history));
    Payload input =
        event(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0);
    assertClaim(input);
    List<HistoryEvent> scheduled =
        Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    assertClaim(input(scheduled.get(0)));
    assertFalse(StorageClaim.isClaim(input(scheduled.get(1))));
    assertClaim(input(scheduled.get(2)));
    List<HistoryEvent> completed =
        Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED);
    assertFalse(StorageClaim.isClaim(result(completed.get(0))));
    assertClaim(result(completed.get(1)));
    Payload result =
        event(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)
            .getWorkflowExecutionCompletedEventAttributes()
            .getResult()
            .getPayloads(0);
    assertEquals("\"The manual, read.\"", result.getData().toStringUtf8());
    long historyBytes =
        history.getEvents().stream().mapToLong(HistoryEvent::getSerializedSize).sum();
    assertTrue(historyBytes < 32 * 1024, "history of " + historyBytes + " bytes");
    assertFalse(Histories.text(history).contains("QUESTION: "));
    assertFalse(Histories.text(history).contains("DOCUMENT manual"));
    // Input, tool result and both model requests: four objects.
    assertEquals(4, objects().size());

    // The history replays with the same store.
    try (AgentTestEnvironment replay =
        AgentTestEnvironment.create(plugin(TestModel.returning(), storage()), 600)) {
      replay.worker().registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      WorkflowReplayer.replayWorkflowExecution(history, replay.worker());
    }

    // Without its objects it cannot: the error names the missing key.
    String key = StorageClaim.of(input).orElseThrow().key();
    Files.delete(new FileSystemStorageDriver(dir).pathOf(key));
    try (AgentTestEnvironment replay =
        AgentTestEnvironment.create(plugin(TestModel.returning(), storage()), 600)) {
      replay.worker().registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      Exception e =
          assertThrows(
              Exception.class,
              () -> WorkflowReplayer.replayWorkflowExecution(history, replay.worker()));
      assertTrue(causes(e).contains(key), causes(e));
      assertTrue(causes(e).contains(StoredPayloadNotFoundException.class.getName()), causes(e));
    }
  }

  @Test
  void withTheUsersEncryptingConverterTheStoreHoldsEncryptedBytes() throws Exception {
    String question = ExternalStorageCodecTest.text(LARGE, "QUESTION: ");
    TestModel model = script();
    DurableAgentsPlugin plugin = plugin(model, storage());
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(
                            new CodecDataConverter(
                                DefaultDataConverter.newDefaultInstance(),
                                List.of(new XorEncryptionCodec())))
                        .setPlugins(plugin)
                        .build())
                .build())) {
      Worker worker = env.newWorker("encrypted");
      worker.registerWorkflowImplementationTypes(ReadWorkflowImpl.class);
      worker.registerActivitiesImplementations(new DocsActivitiesImpl());
      env.start();

      String answer =
          env.getWorkflowClient()
              .newWorkflowStub(
                  ReadWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue("encrypted")
                      .setWorkflowId("encrypted")
                      .build())
              .read(question);

      assertEquals("The manual, read.", answer);
      WorkflowExecutionHistory history = env.getWorkflowClient().fetchHistory("encrypted");
      assertClaim(
          event(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
              .getWorkflowExecutionStartedEventAttributes()
              .getInput()
              .getPayloads(0));
      // Small payloads stay in the history, encrypted by the user's codec.
      Payload result =
          event(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)
              .getWorkflowExecutionCompletedEventAttributes()
              .getResult()
              .getPayloads(0);
      assertEquals(
          XorEncryptionCodec.ENCODING, result.getMetadataMap().get("encoding").toStringUtf8());
    }

    List<Path> objects = objects();
    assertEquals(4, objects.size());
    for (Path object : objects) {
      byte[] bytes = Files.readAllBytes(object);
      Payload stored = Payload.parseFrom(bytes);
      assertEquals(
          XorEncryptionCodec.ENCODING, stored.getMetadataMap().get("encoding").toStringUtf8());
      String raw = new String(bytes, StandardCharsets.ISO_8859_1);
      assertFalse(raw.contains("QUESTION") || raw.contains("DOCUMENT"), object.toString());
    }
  }

  @Test
  void thePluginWrapsTheClientsConverterOnlyWhenStorageIsSet() {
    ExternalStorage storage = storage();
    // Without the payload size guard, which would wrap the storage converter in turn.
    DurableAgentsPlugin unguarded =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(script()))
            .setExternalStorage(storage)
            .setPayloadSizeLimit(0)
            .build();
    try (AgentTestEnvironment with = AgentTestEnvironment.create(unguarded, 600);
        AgentTestEnvironment without =
            AgentTestEnvironment.create(
                DurableAgentsPlugin.newBuilder()
                    .setModelProvider(new TestModelProvider(script()))
                    .setPayloadSizeLimit(0)
                    .build(),
                600)) {
      DataConverter wrapped = with.client().getOptions().getDataConverter();
      DataConverter plain = without.client().getOptions().getDataConverter();

      assertSame(wrapped, storage.wrap(wrapped));
      assertFalse(plain instanceof ExternalStorage.StorageDataConverter, plain.toString());
    }
  }

  private List<Path> objects() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void assertClaim(Payload payload) {
    assertTrue(StorageClaim.isClaim(payload), "not a claim: " + payload.getMetadataMap());
    assertEquals(StorageClaim.ENCODING, payload.getMetadataMap().get("encoding").toStringUtf8());
    assertTrue(payload.getSerializedSize() < 300, "claim of " + payload.getSerializedSize());
    StorageClaim claim = StorageClaim.of(payload).orElseThrow();
    assertEquals(FileSystemStorageDriver.DEFAULT_NAME, claim.driver());
    assertTrue(claim.size() > LARGE, "stored " + claim.size());
  }

  private static Payload input(HistoryEvent scheduled) {
    return scheduled.getActivityTaskScheduledEventAttributes().getInput().getPayloads(0);
  }

  private static Payload result(HistoryEvent completed) {
    return completed.getActivityTaskCompletedEventAttributes().getResult().getPayloads(0);
  }

  private static HistoryEvent event(WorkflowExecutionHistory history, EventType type) {
    return Histories.events(history, type).get(0);
  }

  private static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
