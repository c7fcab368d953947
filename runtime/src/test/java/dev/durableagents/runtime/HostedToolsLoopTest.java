package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.WebSearchCall;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.Scenarios;
import dev.durableagents.runtime.testing.Scenarios.Outcome;
import dev.durableagents.runtime.testing.Scenarios.ScenarioWorkflow;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hosted tools, MCP approvals and reasoning in the agent loop, with the scripted model. */
class HostedToolsLoopTest {

  static final String MCP_URL = "https://mcp.deepwiki.com/mcp";

  /** A human-in-the-loop desk, reached through an activity from the approval callback. */
  @ActivityInterface
  public interface ApprovalDesk {
    @ActivityMethod(name = "ApprovalDesk.allows")
    boolean allows(String toolName);
  }

  public static class ApprovalDeskImpl implements ApprovalDesk {
    @Override
    public boolean allows(String toolName) {
      return toolName.startsWith("read_");
    }
  }

  static final AgentDefinition RESEARCHER =
      AgentDefinition.newBuilder("Researcher")
          .addHostedTool(HostedTool.webSearch())
          .addHostedTool(
              HostedTool.mcp("deepwiki", MCP_URL),
              request -> {
                boolean allowed =
                    Workflow.newActivityStub(
                            ApprovalDesk.class,
                            ActivityOptions.newBuilder()
                                .setStartToCloseTimeout(Duration.ofSeconds(5))
                                .build())
                        .allows(request.name());
                return allowed
                    ? McpApprovalDecision.approve()
                    : McpApprovalDecision.reject("Only read tools: " + request.name());
              })
          .build();

  static final AgentDefinition UNGUARDED =
      AgentDefinition.newBuilder("Unguarded")
          .addHostedTool(HostedTool.mcp("deepwiki", MCP_URL).withRequireApproval("never"))
          .build();

  static {
    Scenarios.register("researcher", () -> Outcome.of(Runner.run(RESEARCHER, "Research")));
    Scenarios.register("unguarded", () -> Outcome.of(Runner.run(UNGUARDED, "Research")));
  }

  private static AgentTestEnvironment start(TestModel model) {
    AgentTestEnvironment env = AgentTestEnvironment.create(new TestModelProvider(model));
    env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new ApprovalDeskImpl());
    env.start();
    return env;
  }

  @Test
  void approvalRequestsAreAnsweredInTheWorkflowAndSentWithTheNextCall() {
    TestModel model =
        TestModel.returning(
            TestModel.response(
                new Reasoning("rs_1", List.of("Use the wiki."), List.of(), null),
                new WebSearchCall("ws_1", "completed", null),
                new McpApprovalRequest("mcpr_1", "deepwiki", "read_wiki", "{}"),
                new McpApprovalRequest("mcpr_2", "deepwiki", "delete_wiki", "{}")),
            TestModel.response(
                new McpCall("mcp_1", "deepwiki", "read_wiki", "{}", "Java", null, "mcpr_1", null)),
            TestModel.text("It is about Java."));
    try (AgentTestEnvironment env = start(model)) {
      Outcome outcome = env.newWorkflow(ScenarioWorkflow.class, "approvals").run("researcher");

      assertEquals("It is about Java.", outcome.finalOutput());
      assertEquals(
          List.of(
              "ReasoningItem",
              "HostedToolCallItem",
              "McpApprovalRequestItem",
              "McpApprovalRequestItem",
              "McpApprovalResponseItem",
              "McpApprovalResponseItem",
              "HostedToolCallItem",
              "MessageOutputItem"),
          outcome.kinds());
      assertEquals(new McpApprovalResponse("mcpr_1", true, null, null), outcome.newItems().get(4));
      assertEquals(
          new McpApprovalResponse("mcpr_2", false, "Only read tools: delete_wiki", null),
          outcome.newItems().get(5));

      ModelRequest first = model.requests().get(0);
      assertEquals(
          List.of(HostedTool.webSearch(), HostedTool.mcp("deepwiki", MCP_URL)),
          first.hostedTools());
      List<Item> second = model.requests().get(1).input();
      assertEquals(7, second.size(), "the input, the four items and the two answers");
      assertInstanceOf(McpApprovalResponse.class, second.get(5));
      assertEquals(8, model.requests().get(2).input().size(), "and the MCP call");
      // The callback's activities run between the model calls, in the workflow's history.
      assertEquals(
          List.of(
              "InvokeModel",
              "ApprovalDesk.allows",
              "ApprovalDesk.allows",
              "InvokeModel",
              "InvokeModel"),
          Histories.scheduledActivities(Histories.of(env.client(), "approvals")));
    }
  }

  @Test
  void anApprovalRequestWithoutACallbackFailsTheRunWithATypedCause() {
    TestModel model =
        TestModel.returning(
            TestModel.response(new McpApprovalRequest("mcpr_1", "deepwiki", "ask", "{}")));
    try (AgentTestEnvironment env = start(model)) {
      WorkflowFailedException failed =
          assertThrows(
              WorkflowFailedException.class,
              () -> env.newWorkflow(ScenarioWorkflow.class, "no-callback").run("unguarded"));

      ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
      assertEquals("McpApprovalRequired", cause.getType());
      assertTrue(cause.getOriginalMessage().contains("tool 'ask' of hosted MCP server 'deepwiki'"));
    }
  }

  @Test
  void aReasoningOnlyResponseAsksTheModelAgain() {
    TestModel model =
        TestModel.returning(
            TestModel.response(new Reasoning("rs_1", List.of(), List.of(), null)),
            TestModel.text("Done."));
    try (AgentTestEnvironment env = start(model)) {
      Outcome outcome = env.newWorkflow(ScenarioWorkflow.class, "reasoning").run("unguarded");

      assertEquals(List.of("ReasoningItem", "MessageOutputItem"), outcome.kinds());
      assertEquals(2, model.requests().get(1).input().size());
    }
  }

  @Test
  void definitionsCheckHostedMcpTools() {
    IllegalArgumentException noCallback =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgentDefinition.newBuilder("A")
                    .addHostedTool(HostedTool.mcp("deepwiki", MCP_URL))
                    .build());
    assertTrue(
        noCallback.getMessage().contains("has no approval callback"), noCallback.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AgentDefinition.newBuilder("A")
                .addHostedTool(HostedTool.mcp("x", MCP_URL).withRequireApproval("never"))
                .addHostedTool(HostedTool.mcp("x", MCP_URL).withRequireApproval("never"))
                .build());

    AgentDefinition copy = RESEARCHER.toBuilder().setName("Copy").build();
    assertEquals(RESEARCHER.hostedTools(), copy.hostedTools());
    assertNotNull(copy.mcpApprovalCallback("deepwiki"));
    assertNull(UNGUARDED.mcpApprovalCallback("deepwiki"));
  }
}
