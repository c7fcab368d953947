package dev.durableagents.runtime.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls of a local MCP server's tools that wait for a person, like any other tool's. */
class McpApprovalsTest {

  @Test
  void aCallOfAnMcpToolWaitsForApprovalAndARejectionReachesTheModel() {
    TestModel model =
        TestModel.returning(
            toolCall("add", "{\"a\":2,\"b\":3}"), text("I was not allowed to add."));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .addMcpServer(McpServerProvider.stdio("calc", McpClientTest.calculatorCommand()))
            .build();
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 0)) {
      env.worker().registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class);
      env.start();
      McpAgentWorkflow workflow = env.newWorkflow(McpAgentWorkflow.class, "mcp-approval");
      WorkflowClient.start(workflow::run, "approvedCalculator", "2 + 3?");
      Approvals approvals = Approvals.of(workflow);

      List<PendingApproval> pending = approvals.awaitPending(Duration.ofSeconds(30));
      assertEquals(1, pending.size(), pending.toString());
      assertEquals("add", pending.get(0).toolName());
      assertEquals("Careful calculator", pending.get(0).agentName());
      assertEquals(
          List.of("McpListTools", "InvokeModel"),
          Histories.scheduledActivities(Histories.of(env.client(), "mcp-approval")));

      approvals.reject(pending.get(0).id(), "no arithmetic today");

      assertEquals(
          "I was not allowed to add.", WorkflowStub.fromTyped(workflow).getResult(String.class));
      assertEquals(
          List.of("McpListTools", "InvokeModel", "InvokeModel"),
          Histories.scheduledActivities(Histories.of(env.client(), "mcp-approval")));
      assertEquals(
          new FunctionCallOutput(
              "call_add", "Error: the call of tool 'add' was not approved: no arithmetic today"),
          model.requests().get(1).input().get(2));
    }
  }
}
