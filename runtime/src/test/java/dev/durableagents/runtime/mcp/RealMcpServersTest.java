package dev.durableagents.runtime.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents with the reference MCP servers from the npm registry, started as the user would (stdio
 * child processes, HTTP servers on loopback ports), against a scripted model; skipped when npm is
 * unavailable. Each tool call is an activity in the history.
 */
class RealMcpServersTest {

  @TempDir Path dir;

  private record Run(String result, WorkflowExecutionHistory history, List<ModelRequest> requests) {
    List<String> activities() {
      return Histories.scheduledActivities(history);
    }
  }

  static DurableAgentsPlugin plugin(TestModel model, McpServerProvider... servers) {
    DurableAgentsPlugin.Builder plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(30))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build());
    for (McpServerProvider server : servers) {
      plugin.addMcpServer(server);
    }
    return plugin.build();
  }

  private static Run run(
      String scenario, String input, List<McpServerProvider> servers, ModelResponse... script) {
    TestModel model = TestModel.returning(script);
    try (AgentTestEnvironment env =
        AgentTestEnvironment.createRealTime(
            plugin(model, servers.toArray(McpServerProvider[]::new)))) {
      env.worker().registerWorkflowImplementationTypes(RealMcpWorkflowImpl.class);
      env.start();
      String workflowId = "real-mcp-" + scenario;
      String result = env.newWorkflow(RealMcpWorkflow.class, workflowId).run(scenario, input);
      return new Run(result, Histories.of(env.client(), workflowId), model.requests());
    }
  }

  private static String outputOf(ModelRequest request) {
    return request.input().stream()
        .filter(FunctionCallOutput.class::isInstance)
        .map(item -> ((FunctionCallOutput) item).output())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void filesystemOverStdioOneActivityPerToolCall() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "Temporal makes agents durable.");
    McpServerProvider filesystem =
        McpServerProvider.stdio(
            "filesystem", NpmMcpServers.command("mcp-server-filesystem", dir.toString()));
    String path = dir.resolve("notes.txt").toString();

    Run run =
        run(
            "filesystem",
            "What do my notes say?",
            List.of(filesystem),
            toolCall("read_text_file", "{\"path\":\"" + path + "\"}"),
            text("They say Temporal makes agents durable."));

    assertEquals("They say Temporal makes agents durable.", run.result());
    assertEquals(
        List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel"), run.activities());
    assertTrue(
        run.requests().get(0).tools().stream().anyMatch(t -> t.name().equals("read_text_file")));
    assertEquals("Temporal makes agents durable.", outputOf(run.requests().get(1)));
  }

  private McpServerProvider memory(String file) {
    return McpServerProvider.stdio(
            "memory",
            NpmMcpServers.command("mcp-server-memory"),
            Map.of("MEMORY_FILE_PATH", dir.resolve(file).toString()),
            McpServerProvider.DEFAULT_REQUEST_TIMEOUT)
        .stateful();
  }

  private static final String CREATE =
      "{\"entities\":[{\"name\":\"Temporal\",\"entityType\":\"project\","
          + "\"observations\":[\"durable execution\"]}]}";

  @Test
  void aStatefulServerKeepsOneSessionForTheWholeRun() {
    Run run =
        run(
            "memory-run",
            "Remember Temporal",
            List.of(memory("memory.jsonl")),
            toolCall("create_entities", CREATE),
            toolCall("read_graph", "{}"),
            text("Noted."));

    assertEquals("Noted.", run.result());
    assertEquals(
        List.of(
            "McpListTools", // the worker says the server is stateful, without starting it
            "McpSessionOpen",
            "McpSessionListTools",
            "InvokeModel",
            "McpSessionCallTool",
            "InvokeModel",
            "McpSessionCallTool",
            "InvokeModel",
            "McpSessionClose"),
        run.activities());
    assertTrue(outputOf(run.requests().get(2)).contains("durable execution"));
    // The session's operations went to the task queue of the worker that opened it.
    List<String> queues = Histories.scheduledTaskQueues(run.history());
    assertEquals(AgentTestEnvironment.TASK_QUEUE, queues.get(1));
    assertTrue(queues.get(2).startsWith("durable-agents-mcp-sessions@"), queues.get(2));
    assertEquals(queues.get(2), queues.get(4));
  }

  @Test
  void aSessionTheWorkflowOpensSpansRunsAndIsReopenedWhenItsWorkerIsGone() throws Exception {
    TestModel model =
        TestModel.returning(
            toolCall("create_entities", CREATE),
            text("Noted."),
            toolCall("read_graph", "{}"),
            text("I remember nothing."));
    // The workflow's worker lives on; the MCP workers (activities and session hosts) on their
    // own task queue come and go: the first stops after the first run, a second takes over.
    ActivityOptions mcpOptions =
        ActivityOptions.newBuilder()
            .setTaskQueue("mcp-workers")
            .setStartToCloseTimeout(Duration.ofSeconds(20))
            .setScheduleToStartTimeout(Duration.ofSeconds(3))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2).build())
            .build();
    try (AgentTestEnvironment env =
        AgentTestEnvironment.createRealTime(
            plugin(model, memory("workflow.jsonl").withActivityOptions(mcpOptions)), 0)) {
      env.worker().registerWorkflowImplementationTypes(RealMcpWorkflowImpl.class);
      env.start();
      WorkerFactory first = mcpWorkers(env, model, memory("first.jsonl"));
      String workflowId = "real-mcp-session-recovery";
      RealMcpWorkflow workflow = env.newWorkflow(RealMcpWorkflow.class, workflowId);
      WorkflowClient.start(workflow::run, "memory-session", "Remember Temporal");
      waitForActivities(env, workflowId, 5); // the first run is over; the workflow waits

      first.shutdownNow();
      first.awaitTermination(20, TimeUnit.SECONDS);
      WorkerFactory second = mcpWorkers(env, model, memory("second.jsonl"));
      try {
        workflow.proceed();
        String result;
        try {
          result =
              env.client()
                  .newUntypedWorkflowStub(workflowId)
                  .getResult(120, TimeUnit.SECONDS, String.class);
        } catch (TimeoutException e) {
          throw new AssertionError(
              "the workflow did not end; its history:\n"
                  + Histories.text(Histories.of(env.client(), workflowId)));
        }
        assertEquals("Noted. | I remember nothing. | sessions opened: 2", result);
        WorkflowExecutionHistory history = Histories.of(env.client(), workflowId);
        assertEquals(
            List.of(
                "McpSessionOpen",
                "McpSessionListTools",
                "InvokeModel",
                "McpSessionCallTool",
                "InvokeModel",
                "McpSessionListTools", // not picked up: its worker is gone
                "McpSessionOpen", // the new session, on the new worker
                "McpSessionListTools",
                "InvokeModel",
                "McpSessionCallTool",
                "InvokeModel",
                "McpSessionClose"),
            Histories.scheduledActivities(history));
        // What the first server held is gone: the new one's graph is empty.
        String graph = outputOf(model.requests().get(3));
        assertTrue(graph.contains("\"entities\": []") || graph.contains("\"entities\":[]"), graph);
      } finally {
        second.shutdownNow();
      }
    }
  }

  /** A worker factory of its own plugin whose worker runs MCP activities and hosts sessions. */
  private static WorkerFactory mcpWorkers(
      AgentTestEnvironment env, TestModel model, McpServerProvider server) {
    WorkflowClient client =
        WorkflowClient.newInstance(
            env.env().getWorkflowServiceStubs(),
            WorkflowClientOptions.newBuilder()
                .setNamespace(env.client().getOptions().getNamespace())
                .setPlugins(plugin(model, server))
                .build());
    WorkerFactory factory = WorkerFactory.newInstance(client);
    factory.newWorker("mcp-workers");
    factory.start();
    return factory;
  }

  private static void waitForActivities(AgentTestEnvironment env, String workflowId, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (Histories.completedResults(Histories.of(env.client(), workflowId)).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the workflow did not get to its signal");
      }
      Thread.sleep(100);
    }
  }

  @Test
  void promptsAndResourcesOfTheEverythingServerOverStreamableHttp() {
    try (NpmMcpServers.HttpServer server =
        new NpmMcpServers.HttpServer(
            NpmMcpServers.command("mcp-server-everything", "streamableHttp"),
            NpmMcpServers.freePort())) {
      Run run =
          run(
              "prompts-resources",
              "Paris",
              List.of(McpServerProvider.streamableHttp("everything", server.url("/mcp"))),
              text("Sunny."));

      assertEquals(
          List.of(
              "McpListPrompts",
              "McpGetPrompt",
              "McpListResources",
              "McpReadResource",
              "InvokeModel"),
          run.activities());
      String[] parts = run.result().split(" \\| ");
      assertTrue(parts[0].contains("args-prompt") && parts[0].contains("simple-prompt"), parts[0]);
      assertEquals("What's weather in Paris?", parts[1]);
      assertTrue(parts[2].contains("://"), parts[2]);
      assertEquals("Sunny.", parts[4]);
      // The prompt became the agent's instructions.
      assertEquals("What's weather in Paris?", run.requests().get(0).instructions());
    }
  }

  @Test
  void aWorkflowSessionListsAndCallsToolsAndReadsPromptsAndResourcesInOneServerSession() {
    try (NpmMcpServers.HttpServer server =
        new NpmMcpServers.HttpServer(
            NpmMcpServers.command("mcp-server-everything", "streamableHttp"),
            NpmMcpServers.freePort())) {
      Run run =
          run(
              "session-prompts-resources",
              "hi",
              List.of(McpServerProvider.streamableHttp("everything", server.url("/mcp"))));

      assertEquals(
          List.of(
              "McpSessionOpen",
              "McpSessionListTools",
              "McpSessionCallTool",
              "McpSessionGetPrompt",
              "McpSessionListPrompts",
              "McpSessionListResources",
              "McpSessionReadResource",
              "McpSessionClose"),
          run.activities());
      String[] parts = run.result().split(" \\| ");
      assertTrue(Integer.parseInt(parts[0].replace(" tools", "")) > 5, parts[0]);
      assertEquals("Echo: hi", parts[1]);
      assertEquals("This is a simple prompt without arguments.", parts[3]);
      // Every operation after the open went to the one worker that holds the session.
      List<String> queues = Histories.scheduledTaskQueues(run.history());
      assertEquals(
          1, queues.subList(1, queues.size()).stream().distinct().count(), queues.toString());
    }
  }

  @Test
  void theSseTransportOfOlderServers() {
    try (NpmMcpServers.HttpServer server =
        new NpmMcpServers.HttpServer(
            NpmMcpServers.command("mcp-server-everything", "sse"), NpmMcpServers.freePort())) {
      Run run =
          run(
              "sse",
              "Echo hello",
              List.of(McpServerProvider.sse("everything-sse", server.url("/sse"))),
              toolCall("echo", "{\"message\":\"hello\"}"),
              text("hello"));

      assertEquals(
          List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel"), run.activities());
      assertEquals("Echo: hello", outputOf(run.requests().get(1)));
    }
  }
}
