package dev.durableagents.examples.hosted_mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApprovalMCPTest {

  private TestWorkflowEnvironment env;

  @AfterEach
  void close() {
    if (env != null) {
      env.close();
    }
  }

  /** A worker of the sample, on a test server, talking to {@code model}. */
  private WorkflowClient start(TestModel model) {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder().setModelProvider(new TestModelProvider(model)).build();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .build());
    Worker worker = env.newWorker(HostedMcpWorker.TASK_QUEUE);
    HostedMcpWorker.register(worker);
    env.start();
    return env.getWorkflowClient();
  }

  private static long events(SampleRun run, EventType type) {
    return run.history.getEvents().stream().filter(e -> e.getEventType() == type).count();
  }

  private static McpApprovalResponse approvalResponse(List<Item> input) {
    return input.stream()
        .filter(McpApprovalResponse.class::isInstance)
        .map(McpApprovalResponse.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDemoApprovesThroughAnUpdateAndTheNextModelCallCarriesTheApproval() {
    SampleRun run = SampleRun.offline(new ApprovalMCP(), List.of());
    RecordedHistories.recordIfAsked("hosted_mcp-ApprovalMCP", run);

    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    assertEquals(
        List.of(
            HostedTool.mcp("gitmcp", "https://gitmcp.io/openai/codex")
                .withRequireApproval("always")),
        run.modelRequests.get(0).hostedTools());
    assertEquals(
        new McpApprovalResponse("mcpr_offline_1", true, null, null),
        approvalResponse(run.modelRequests.get(1).input()));
    // The decision came in as one update, recorded in the history between the model calls.
    assertEquals(1, events(run, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED));
    assertEquals(1, events(run, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED));
    assertTrue(
        run.result.startsWith(
            "Approval request mcpr_offline_1: call tool fetch_codex_documentation of MCP server"
                + " gitmcp with {}\n(no input: approving, as the demo does)\n"),
        run.result);
    assertTrue(
        run.result.endsWith(
            "written mostly in Rust (the codex-rs workspace), with a small TypeScript wrapper for"
                + " the npm package."),
        run.result);
  }

  @Test
  void aPersonRejectsOnTheTerminalAndTheModelIsToldWhy() {
    TestModel model = new ApprovalMCP().offlineModel(List.of());
    WorkflowClient client = start(model);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Terminal terminal =
        Terminal.of(
            new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            false);

    String answer = new ApprovalMCP().run(client, "approval-rejected", List.of(), terminal);

    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Rejected."), printed.toString());
    McpApprovalResponse response = approvalResponse(model.requests().get(1).input());
    assertFalse(response.approve());
    assertEquals("the user rejected the tool call", response.reason());
    assertEquals(
        "I was not allowed to read the repository's documentation (the user rejected the tool"
            + " call), so I cannot tell which language it is written in.",
        answer);
  }

  @Test
  void theQueryShowsThePendingRequestAndTheValidatorRejectsUnknownOnes() throws Exception {
    WorkflowClient client = start(new ApprovalMCP().offlineModel(List.of()));
    ApprovalMcpWorkflow workflow =
        client.newWorkflowStub(
            ApprovalMcpWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId("approval-validated")
                .setTaskQueue(HostedMcpWorker.TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::run, "Which language?", "https://gitmcp.io/openai/codex");

    List<PendingApproval> pending = workflow.getPendingApprovals();
    for (int i = 0; pending.isEmpty() && i < 100; i++) {
      Thread.sleep(50);
      pending = workflow.getPendingApprovals();
    }
    assertEquals(
        List.of(new PendingApproval("mcpr_offline_1", "gitmcp", "fetch_codex_documentation", "{}")),
        pending);

    WorkflowUpdateException unknown =
        assertThrows(
            WorkflowUpdateException.class,
            () -> workflow.decideApproval(ApprovalDecision.approve("mcpr_nope")));
    assertTrue(
        String.valueOf(unknown.getCause().getMessage()).contains("No approval request mcpr_nope"),
        String.valueOf(unknown.getCause()));
    // The rejected update left the request pending.
    assertEquals(1, workflow.getPendingApprovals().size());

    workflow.decideApproval(ApprovalDecision.approve("mcpr_offline_1"));
    String answer = WorkflowStub.fromTyped(workflow).getResult(String.class);
    assertTrue(answer.startsWith("The openai/codex repository is written mostly in Rust"), answer);
    assertTrue(workflow.getPendingApprovals().isEmpty());
  }

  /** Against the loopback OpenAI stub: the approval goes back as an mcp_approval_response. */
  @Test
  void onTheWireTheApprovalIsSentWithTheNextRequest() {
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      stub.enqueue(
          Reply.json(
              OpenAIStubServer.response(
                  "resp_1",
                  OpenAIStubServer.usage(40, 12, 0, 0),
                  OpenAIStubServer.mcpListToolsItem("mcpl_1", "gitmcp", "search_codex_code"),
                  OpenAIStubServer.mcpApprovalRequestItem(
                      "mcpr_1", "gitmcp", "search_codex_code", "{\"query\":\"language\"}"))),
          Reply.json(
              OpenAIStubServer.response(
                  "resp_2",
                  OpenAIStubServer.usage(60, 9, 0, 0),
                  OpenAIStubServer.mcpCallItem(
                      "mcp_1", "gitmcp", "search_codex_code", "{}", "Cargo.toml ...", "mcpr_1"),
                  OpenAIStubServer.messageItem("msg_1", "Rust."))));
      OpenAIProvider provider =
          OpenAIProvider.newBuilder().setApiKey("sk-test").setBaseUrl(stub.baseUrl()).build();

      SampleRun run =
          SampleRun.with(new ApprovalMCP(), List.of(), provider, 600, new ApprovalMCP()::register);

      assertTrue(run.result.endsWith("Rust."), run.result);
      JsonNode tool = stub.requests().get(0).body().get("tools").get(0);
      assertEquals("always", tool.get("require_approval").asText());
      JsonNode input = stub.requests().get(1).body().get("input");
      JsonNode approval = null;
      for (JsonNode item : input) {
        if (item.path("type").asText().equals("mcp_approval_response")) {
          approval = item;
        }
      }
      assertInstanceOf(JsonNode.class, approval, input.toString());
      assertEquals("mcpr_1", approval.get("approval_request_id").asText());
      assertTrue(approval.get("approve").asBoolean());
    }
  }
}
