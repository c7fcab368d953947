package dev.durableagents.runtime.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Agents with a local MCP server, run in workflows against a scripted model: the calculator server
 * runs as a child process (stdio) or on a loopback port (streamable HTTP). Histories are recorded
 * into {@code src/test/resources/histories/mcp} with {@code -Dhistories.record=true}, for {@link
 * McpReplayTest}.
 */
class McpWorkflowTest {

  private static final String LIST = "McpListTools";
  private static final String INVOKE = "InvokeModel";
  private static final String CALL = "McpCallTool";

  /** What one run left behind. */
  private record Run(String result, WorkflowExecutionHistory history, List<ModelRequest> requests) {
    List<String> activities() {
      return Histories.scheduledActivities(history);
    }
  }

  private static DurableAgentsPlugin plugin(TestModel model, McpServerProvider server) {
    return DurableAgentsPlugin.newBuilder()
        .setModelProvider(new TestModelProvider(model))
        .setModelActivityOptions(
            ModelActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build())
        .addMcpServer(server)
        .build();
  }

  private static McpServerProvider stdioCalculator() {
    return McpServerProvider.stdio("calc", McpClientTest.calculatorCommand())
        .withActivityOptions(
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(60))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2).build())
                .build());
  }

  private static Run run(
      String agent, String input, McpServerProvider server, ModelResponse... script) {
    TestModel model = TestModel.returning(script);
    // Cache size 0: every workflow task replays from the start, so determinism is exercised.
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin(model, server), 0)) {
      env.worker().registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class);
      env.start();
      String workflowId = "mcp-" + agent + "-" + script.length;
      String result = env.newWorkflow(McpAgentWorkflow.class, workflowId).run(agent, input);
      return new Run(result, Histories.of(env.client(), workflowId), model.requests());
    }
  }

  private static void record(String name, WorkflowExecutionHistory history) {
    if (!Boolean.getBoolean("histories.record")) {
      return;
    }
    try {
      Path dir = Path.of("src/test/resources/histories/mcp");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".json"), history.toJson(true), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void toolsAreListedOfferedToTheModelAndCalledAsActivities() {
    Run run =
        run(
            "calculator",
            "What is 2 + 3.5?",
            stdioCalculator(),
            toolCall("add", "{\"a\":2,\"b\":3.5}"),
            text("2 + 3.5 = 5.5"));
    record("calculator", run.history());

    assertEquals("2 + 3.5 = 5.5", run.result());
    assertEquals(List.of(LIST, INVOKE, CALL, INVOKE), run.activities());

    List<String> inputs = Histories.scheduledInputs(run.history());
    assertEquals("{\"server\":\"calc\"}", inputs.get(0));
    assertEquals(
        "{\"server\":\"calc\",\"tool\":\"add\",\"arguments\":{\"a\":2,\"b\":3.5}}", inputs.get(2));
    List<String> results = Histories.completedResults(run.history());
    assertTrue(
        results.get(0).startsWith("{\"server\":\"calc\",\"tools\":[{\"name\":\"add\""),
        results.get(0));
    assertEquals("{\"text\":\"5.5\",\"isError\":false}", results.get(2));
    assertEquals(
        List.of("\"calc: list tools\"", "\"Calculator\"", "\"calc: add\"", "\"Calculator\""),
        Histories.scheduledSummaries(run.history()));

    // The model is offered the server's tools, with the server's schemas, not in strict mode.
    List<FunctionToolSpec> tools = run.requests().get(0).tools();
    assertEquals(
        List.of("add", "divide", "greet"), tools.stream().map(FunctionToolSpec::name).toList());
    assertEquals("Adds two numbers", tools.get(0).description());
    assertFalse(tools.get(0).strict());
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"number\"}},"
            + "\"required\":[\"a\",\"b\"]}",
        tools.get(0).parameters().toString());
    // ... and sees the tool's result on its next call.
    assertEquals(new FunctionCallOutput("call_add", "5.5"), run.requests().get(1).input().get(2));
    assertEquals(tools, run.requests().get(1).tools());
  }

  @Test
  void aToolErrorGoesBackToTheModelAndTheRunGoesOn() {
    Run run =
        run(
            "calculator",
            "What is 1 / 0?",
            stdioCalculator(),
            toolCall("divide", "{\"a\":1,\"b\":0}"),
            text("It cannot be divided by zero."));
    record("calculatorToolError", run.history());

    assertEquals("It cannot be divided by zero.", run.result());
    assertEquals(List.of(LIST, INVOKE, CALL, INVOKE), run.activities());
    assertEquals(
        "{\"text\":\"Cannot divide by zero\",\"isError\":true}",
        Histories.completedResults(run.history()).get(2));
    assertEquals(
        new FunctionCallOutput("call_divide", "Error: tool 'divide' failed: Cannot divide by zero"),
        run.requests().get(1).input().get(2));
  }

  @Test
  void toolsAreListedOncePerRunAndCallsOfOneTurnRunTogether() {
    ModelResponse both =
        TestModel.response(
            new FunctionCall("call_1", "add", "{\"a\":1,\"b\":2}", null),
            new FunctionCall("call_2", "greet", "{\"name\":\"Tim\"}", null));
    Run run =
        run(
            "calculator",
            "Add 1 and 2, greet Tim, then add 3 and 4",
            stdioCalculator(),
            both,
            toolCall("add", "{\"a\":3,\"b\":4}"),
            text("3, hello Tim, 7"));

    assertEquals("3, hello Tim, 7", run.result());
    assertEquals(List.of(LIST, INVOKE, CALL, CALL, INVOKE, CALL, INVOKE), run.activities());
    List<Object> secondInput = List.copyOf(run.requests().get(1).input());
    assertEquals(new FunctionCallOutput("call_1", "3"), secondInput.get(3));
    assertEquals(
        new FunctionCallOutput("call_2", "Hello, Tim!\nNice to meet you."), secondInput.get(4));
    assertEquals(new FunctionCallOutput("call_add", "7"), run.requests().get(2).input().get(6));
  }

  @Test
  void anAgentReachedByHandoffListsItsServersBeforeItsFirstModelCall() {
    Run run =
        run(
            "triage",
            "2 + 2?",
            stdioCalculator(),
            toolCall("transfer_to_calculator", "{}"),
            toolCall("add", "{\"a\":2,\"b\":2}"),
            text("4"));
    record("handoffToCalculator", run.history());

    assertEquals("4", run.result());
    assertEquals(List.of(INVOKE, LIST, INVOKE, CALL, INVOKE), run.activities());
    assertTrue(run.requests().get(0).tools().isEmpty());
    assertEquals(3, run.requests().get(1).tools().size());
  }

  @Test
  void theStreamableHttpTransportWorksTheSame() throws Exception {
    try (LoopbackMcpHttpServer server = new LoopbackMcpHttpServer()) {
      Run run =
          run(
              "calculator",
              "Greet Ann",
              McpServerProvider.streamableHttp("calc", server.url()),
              toolCall("greet", "{\"name\":\"Ann\"}"),
              text("Hello Ann"));

      assertEquals(List.of(LIST, INVOKE, CALL, INVOKE), run.activities());
      assertEquals(
          new FunctionCallOutput("call_greet", "Hello, Ann!\nNice to meet you."),
          run.requests().get(1).input().get(2));
      // One session per activity, each ended.
      assertEquals(2, server.sessions().size());
      assertEquals(server.sessions(), server.endedSessions());
    }
  }

  /**
   * The calculator, reached through a custom factory whose first connection fails (retryable) and
   * whose {@code divide} calls the server refuses (an error the server answers, not retryable).
   */
  private static McpServerProvider flakyCalculator(AtomicInteger connections) {
    McpServerProvider stdio = McpServerProvider.stdio("calc", McpClientTest.calculatorCommand());
    return McpServerProvider.of(
            "calc",
            () -> {
              if (connections.incrementAndGet() == 1) {
                throw new McpException("connection refused", true, null);
              }
              McpClient client = stdio.connect();
              return new McpClient() {
                @Override
                public List<McpTool> listTools() {
                  return client.listTools();
                }

                @Override
                public McpToolResult callTool(String toolName, ObjectNode arguments) {
                  return client.callTool(
                      toolName.equals("divide") ? "modulo" : toolName, arguments);
                }

                @Override
                public void close() {
                  client.close();
                }
              };
            })
        .withActivityOptions(
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(60))
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofMillis(100))
                        .setMaximumAttempts(3)
                        .build())
                .build());
  }

  @Test
  void connectionFailuresAreRetriedAndServerErrorsGoToTheModelWithoutRetries() {
    AtomicInteger connections = new AtomicInteger();
    Run run =
        run(
            "calculator",
            "What is 6 / 3?",
            flakyCalculator(connections),
            toolCall("divide", "{\"a\":6,\"b\":3}"),
            text("The calculator failed."));

    assertEquals("The calculator failed.", run.result());
    assertEquals(List.of(LIST, INVOKE, CALL, INVOKE), run.activities());
    // The listing's first attempt could not connect; the call's one attempt got an answered error.
    assertEquals(List.of(2, 1, 1, 1), Histories.startedAttempts(run.history()));
    assertEquals(3, connections.get());
    assertEquals(
        new FunctionCallOutput(
            "call_divide",
            "Error: tool 'divide' failed: MCP server 'calc' answered tools/call with error -32602:"
                + " Unknown tool: modulo"),
        run.requests().get(1).input().get(2));
  }

  @Test
  void aToolNameThatClashesWithTheAgentsOwnToolFailsTheRun() {
    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run("clashing", "?", stdioCalculator()));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("McpToolsRejected", cause.getType());
    assertEquals(
        "Agent 'Clashing': MCP server 'calc' offers a tool named 'add', but that name is already"
            + " the agent's own tool; rename the agent's tool or do not use both",
        cause.getOriginalMessage());
  }

  @Test
  void aServerTheWorkerDoesNotKnowFailsTheRunWithoutRetries() {
    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class, () -> run("unknownServer", "?", stdioCalculator()));

    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals("McpServerNotFound", cause.getType());
    assertTrue(cause.getOriginalMessage().startsWith("No MCP server named 'nowhere'"));
  }
}
