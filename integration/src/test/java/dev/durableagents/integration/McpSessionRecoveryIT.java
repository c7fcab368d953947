package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.integration.crash.WorkerJvm;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.mcp.RealMcpWorkflow;
import dev.durableagents.runtime.mcp.RealMcpWorkflowImpl;
import dev.durableagents.runtime.model.FunctionCallOutput;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stateful MCP session on the real server when the worker JVM that hosts it is killed with
 * SIGKILL: the workflow (its worker lives on, in this JVM) finds the session's task queue no longer
 * polled, opens a new session on the next MCP worker, and its run goes on; the knowledge graph the
 * dead worker's server held is gone. Needs {@code TEMPORAL_ADDRESS} and {@code npx}.
 */
class McpSessionRecoveryIT {

  @TempDir Path dir;

  private static boolean npx() {
    try {
      Process p = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static Process worker(String address, String queue, Path memory) throws Exception {
    return WorkerJvm.startWhenReady(McpWorkerProcess.class, address, queue, memory.toString());
  }

  @Test
  void aKilledWorkersSessionIsOpenedAgainOnAnotherWorkerAndTheRunGoesOn() throws Exception {
    String address = RealServer.address();
    assumeTrue(npx(), "npx is not available: the memory MCP server cannot start");
    String mcpQueue = "it-mcp-" + UUID.randomUUID();
    TestModel model =
        TestModel.returning(
            TestModel.toolCall(
                "create_entities",
                "{\"entities\":[{\"name\":\"Temporal\",\"entityType\":\"project\","
                    + "\"observations\":[\"durable execution\"]}]}"),
            TestModel.text("Noted."),
            TestModel.toolCall("read_graph", "{}"),
            TestModel.text("I remember nothing."));
    // The workflow's worker: MCP operations go to the MCP workers' queue, and an operation a
    // worker does not pick up within 5 s means that worker is gone.
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .addMcpServer(
                McpWorkerProcess.memory(dir.resolve("unused.jsonl").toString())
                    .withActivityOptions(
                        ActivityOptions.newBuilder()
                            .setTaskQueue(mcpQueue)
                            .setStartToCloseTimeout(Duration.ofSeconds(30))
                            .setScheduleToStartTimeout(Duration.ofSeconds(5))
                            .setRetryOptions(
                                RetryOptions.newBuilder().setMaximumAttempts(3).build())
                            .build()))
            .build();
    Process first = worker(address, mcpQueue, dir.resolve("first.jsonl"));
    Process second = null;
    try (RealServer server =
        RealServer.start(
            plugin, w -> w.registerWorkflowImplementationTypes(RealMcpWorkflowImpl.class))) {
      String id = RealServer.id("mcp-session-recovery");
      RealMcpWorkflow workflow =
          server
              .client()
              .newWorkflowStub(
                  RealMcpWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(server.taskQueue())
                      .setWorkflowId(id)
                      .build());
      WorkflowClient.start(workflow::run, "memory-session", "Remember Temporal");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (Histories.events(
                  server.client().fetchHistory(id), EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
              .size()
          < 5) {
        assertTrue(System.nanoTime() < deadline, "the first run did not end");
        Thread.sleep(200);
      }

      WorkerJvm.kill(first);
      second = worker(address, mcpQueue, dir.resolve("second.jsonl"));
      workflow.proceed();
      String result =
          WorkflowStub.fromTyped(workflow).getResult(120, TimeUnit.SECONDS, String.class);

      assertEquals("Noted. | I remember nothing. | sessions opened: 2", result);
      assertEquals(
          List.of(
              "McpSessionOpen",
              "McpSessionListTools",
              "InvokeModel",
              "McpSessionCallTool",
              "InvokeModel",
              "McpSessionListTools", // scheduled on the dead worker's queue: never picked up
              "McpSessionOpen",
              "McpSessionListTools",
              "InvokeModel",
              "McpSessionCallTool",
              "InvokeModel",
              "McpSessionClose"),
          Histories.activities(server.client().fetchHistory(id)));
      String graph =
          model.requests().get(3).input().stream()
              .filter(FunctionCallOutput.class::isInstance)
              .map(item -> ((FunctionCallOutput) item).output())
              .collect(Collectors.joining());
      assertTrue(!graph.contains("durable execution"), "the new server starts empty: " + graph);
    } finally {
      WorkerJvm.kill(first);
      if (second != null) {
        WorkerJvm.kill(second);
      }
    }
  }
}
