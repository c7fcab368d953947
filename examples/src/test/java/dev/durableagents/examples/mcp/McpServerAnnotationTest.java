package dev.durableagents.examples.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.mcp.McpClient;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolResult;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code @McpServer} end to end: the processor's generated definition names the server, and the
 * worker's plugin provides it (here an in-memory client through {@link McpServerProvider#of}).
 */
class McpServerAnnotationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> NOTES =
      Map.of("temporal", "Temporal runs durable workflows.", "mcp", "MCP serves tools to models.");

  /** A notes server with one tool, {@code search_notes}; it records the connections it serves. */
  static final class NotesClient implements McpClient {
    static final List<String> OPERATIONS = new CopyOnWriteArrayList<>();

    @Override
    public List<McpTool> listTools() {
      OPERATIONS.add("list");
      ObjectNode schema = JSON.createObjectNode().put("type", "object");
      schema.putObject("properties").putObject("topic").put("type", "string");
      schema.putArray("required").add("topic");
      return List.of(new McpTool("search_notes", "Finds the note on a topic", schema));
    }

    @Override
    public McpToolResult callTool(String toolName, ObjectNode arguments) {
      String topic = arguments.path("topic").asText();
      OPERATIONS.add("call " + toolName + " " + topic);
      String note = NOTES.get(topic);
      return note == null
          ? new McpToolResult("No note on " + topic, true)
          : new McpToolResult(note, false);
    }

    @Override
    public void close() {
      OPERATIONS.add("close");
    }
  }

  @Test
  void theGeneratedAgentListsAndCallsTheWorkersMcpServer() {
    NotesClient.OPERATIONS.clear();
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("search_notes", "{\"topic\":\"mcp\"}"),
            TestModel.text("MCP serves tools to models."));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .addMcpServer(McpServerProvider.of("notes", NotesClient::new))
            .build();
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .build());
    try {
      Worker worker = env.newWorker("notes");
      AgentsModule.register(worker);
      env.start();
      String answer =
          env.getWorkflowClient()
              .newWorkflowStub(
                  NotesAgentWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue("notes")
                      .setWorkflowId("notes-1")
                      .build())
              .ask("What does MCP do?");

      assertEquals("MCP serves tools to models.", answer);
      assertEquals(
          List.of("list", "close", "call search_notes mcp", "close"), NotesClient.OPERATIONS);
      List<String> activities =
          env.getWorkflowClient().fetchHistory("notes-1").getEvents().stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
              .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
              .toList();
      assertEquals(
          List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel"), activities);
      FunctionToolSpec tool = model.requests().get(0).tools().get(0);
      assertEquals("search_notes", tool.name());
      assertFalse(tool.strict());
      assertEquals(
          new FunctionCallOutput("call_search_notes", "MCP serves tools to models."),
          model.requests().get(1).input().get(2));
    } finally {
      env.close();
    }
  }
}
