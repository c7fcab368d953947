package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.customer_service.CustomerService;
import dev.durableagents.examples.customer_service.CustomerServiceState;
import dev.durableagents.examples.customer_service.CustomerServiceWorker;
import dev.durableagents.examples.customer_service.CustomerServiceWorkflow;
import dev.durableagents.examples.customer_service.ProcessUserMessageInput;
import dev.durableagents.examples.tools.WebSearch;
import dev.durableagents.integration.scenario.AgentsModule;
import dev.durableagents.integration.scenario.Forecast;
import dev.durableagents.integration.scenario.ScenarioModel;
import dev.durableagents.integration.scenario.ScenarioTools;
import dev.durableagents.integration.scenario.ScenarioWorker;
import dev.durableagents.integration.scenario.TriageAgentWorkflow;
import dev.durableagents.integration.scenario.Weather;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.mcp.McpAgentWorkflow;
import dev.durableagents.runtime.mcp.McpAgentWorkflowImpl;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's scenarios on the real Temporal server: the model behind the loopback OpenAI stub
 * (the real openai-java client on both APIs) or a scripted model, the worker in this JVM. Each
 * records its history for the replay corpus ({@code RealServerReplayTest}).
 */
class ScenarioIT {

  @Test
  void toolsHandoffParallelToolCallsAndStructuredOutputOverChatCompletions() {
    try (OpenAIStubServer stub = new OpenAIStubServer().start();
        RealServer server =
            RealServer.start(
                ScenarioWorker.plugin(stub.baseUrl(), null),
                w -> AgentsModule.register(w, new ScenarioTools(null, 0)))) {
      stub.respondWith(OpenAIStubServer.CHAT_COMPLETIONS_PATH, ScenarioModel::reply);
      String id = RealServer.id("scenario");
      List<String> cities = List.of("Oslo", "Lima");
      Forecast forecast =
          server
              .client()
              .newWorkflowStub(
                  TriageAgentWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(server.taskQueue())
                      .setWorkflowId(id)
                      .build())
              .forecast(Weather.request(cities));

      assertEquals(Weather.expected(cities), forecast);
      WorkflowExecutionHistory history = server.client().fetchHistory(id);
      assertEquals(
          List.of(
              "InvokeModel",
              "AtlasTools.region",
              "InvokeModel",
              "AtlasTools.region",
              "InvokeModel", // Triage hands off
              "InvokeModel",
              "WeatherTools.temperature",
              "WeatherTools.wind",
              "InvokeModel",
              "WeatherTools.temperature",
              "WeatherTools.wind",
              "InvokeModel"),
          Histories.activities(history));
      // The two calls of one response are scheduled by one workflow task: they run in parallel.
      List<HistoryEvent> scheduled =
          Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
      assertEquals(
          scheduled
              .get(6)
              .getActivityTaskScheduledEventAttributes()
              .getWorkflowTaskCompletedEventId(),
          scheduled
              .get(7)
              .getActivityTaskScheduledEventAttributes()
              .getWorkflowTaskCompletedEventId());
      assertEquals(0, Histories.workflowTaskFailures(history));
      // The wire: the forecaster got the whole conversation, the triage's calls included.
      List<OpenAIStubServer.RecordedRequest> requests = stub.requests();
      assertEquals(6, requests.size());
      JsonNode last = requests.get(5).body();
      assertTrue(last.path("messages").path(0).path("content").asText().startsWith("forecaster"));
      assertEquals("json_schema", last.path("response_format").path("type").asText());
      assertEquals("Bearer sk-integration", requests.get(0).header("authorization"));
      server.record(id, "scenario-handoff-parallel");
    }
  }

  @Test
  void hostedWebSearchOnTheResponsesApiWireFormat() throws Exception {
    try (OpenAIStubServer stub = new OpenAIStubServer().start();
        OpenAIProvider provider =
            OpenAIProvider.newBuilder()
                .setApiKey("sk-integration")
                .setBaseUrl(stub.baseUrl())
                .build()) {
      stub.enqueue(
          Reply.json(
              OpenAIStubServer.response(
                  "resp_1",
                  OpenAIStubServer.usage(30, 12, 0, 0),
                  OpenAIStubServer.webSearchCallItem("ws_1", "Lyon football"),
                  OpenAIStubServer.messageItem("msg_1", "Olympique Lyonnais won."))));
      WebSearch sample = new WebSearch();
      DurableAgentsPlugin plugin =
          DurableAgentsPlugin.newBuilder().setModelProvider(provider).build();
      try (RealServer server =
          RealServer.onTaskQueue(sample.taskQueue(), plugin, sample::register)) {
        String id = RealServer.id("web-search");
        String result =
            sample.run(server.client(), id, List.of("--city", "Lyon", "Football", "news?"));
        assertTrue(result.contains("Olympique Lyonnais won."), result);
        JsonNode tools = stub.requests().get(0).body().path("tools");
        assertEquals("web_search", tools.path(0).path("type").asText());
        assertEquals("Lyon", tools.path(0).path("user_location").path("city").asText());
        WorkflowExecutionHistory history = server.client().fetchHistory(id);
        assertEquals(List.of("InvokeModel"), Histories.activities(history));
        server.record(id, "tools-WebSearch");
      }
    }
  }

  @Test
  void customerServiceConversationWithUpdatesQueriesAndContinueAsNew() throws Exception {
    CustomerService sample = new CustomerService();
    TestModel model = sample.offlineModel(List.of());
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder().setModelProvider(new TestModelProvider(model)).build();
    try (RealServer server = RealServer.start(plugin, CustomerServiceWorker::register)) {
      WorkflowClient client = server.client();
      String id = RealServer.id("conversation");
      CustomerServiceWorkflow start =
          client.newWorkflowStub(
              CustomerServiceWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(id)
                  .setTaskQueue(server.taskQueue())
                  .build());
      WorkflowExecution first =
          WorkflowClient.start(
              start::run, CustomerServiceState.newConversation().withContinueAsNewAfterTurns(2));
      CustomerServiceWorkflow conversation =
          client.newWorkflowStub(CustomerServiceWorkflow.class, id);

      say(conversation, "I would like to change my seat.");
      say(conversation, "My confirmation number is ABC123.");
      awaitContinuedAsNew(client, first);
      List<String> lines = say(conversation, "Seat 12A, please.");

      assertTrue(
          lines.contains(
              "Seat Booking Agent: Tool call output: Updated seat to 12A for confirmation number"
                  + " ABC123"),
          lines.toString());
      CustomerServiceState state = conversation.getState();
      assertEquals("Seat Booking Agent", state.currentAgentName());
      assertEquals(state.chatHistory(), conversation.getChatHistory());
      WorkflowExecutionHistory firstRun = client.fetchHistory(id, first.getRunId());
      assertEquals(0, Histories.workflowTaskFailures(firstRun));
      assertEquals(
          EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
          firstRun.getLastEvent().getEventType());
      server.record(id, "customer_service-CustomerService-first-run");
      WorkflowStub.fromTyped(conversation).terminate("test done");
    }
  }

  private static List<String> say(CustomerServiceWorkflow conversation, String message) {
    int length = conversation.getChatHistory().size();
    return conversation.processUserMessage(new ProcessUserMessageInput(message, length));
  }

  private static void awaitContinuedAsNew(WorkflowClient client, WorkflowExecution run)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      var status =
          client.fetchHistory(run.getWorkflowId(), run.getRunId()).getLastEvent().getEventType();
      if (status == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the conversation did not continue as new");
  }

  @Test
  void localMcpServerOverStdio() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    McpServerProvider calculator =
        McpServerProvider.stdio(
            "calc",
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.durableagents.runtime.mcp.CalculatorMcpServer"));
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("add", "{\"a\":2,\"b\":3.5}"), TestModel.text("2 + 3.5 = 5.5"));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .addMcpServer(calculator)
            .build();
    try (RealServer server =
        RealServer.start(
            plugin, w -> w.registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class))) {
      String id = RealServer.id("mcp");
      String result =
          server
              .client()
              .newWorkflowStub(
                  McpAgentWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(server.taskQueue())
                      .setWorkflowId(id)
                      .build())
              .run("calculator", "What is 2 + 3.5?");

      assertEquals("2 + 3.5 = 5.5", result);
      WorkflowExecutionHistory history = server.client().fetchHistory(id);
      assertEquals(
          List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel"),
          Histories.activities(history));
      List<Item> second = model.requests().get(1).input();
      assertEquals("5.5", ((FunctionCallOutput) second.get(second.size() - 1)).output());
      server.record(id, "mcp-calculator");
    }
  }
}
