package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.McpApprovalDecision;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.McpApprovalRequest;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the agent in the workflow, since its server URL is the workflow's input. The MCP tool's
 * approval callback runs in this workflow, between two model calls: it publishes the request to the
 * query and blocks the run with {@code Workflow.await} until the {@code decideApproval} update
 * brings a decision. The wait is durable: a worker may restart, or the person answer days later.
 */
public final class ApprovalMcpWorkflowImpl implements ApprovalMcpWorkflow {

  private final Map<String, PendingApproval> pending = new LinkedHashMap<>();
  private final Map<String, ApprovalDecision> decisions = new HashMap<>();

  @Override
  public String run(String question, String serverUrl) {
    AgentDefinition agent =
        AgentDefinition.newBuilder("Assistant")
            .addHostedTool(
                HostedTool.mcp(GitMcp.LABEL, serverUrl).withRequireApproval("always"),
                this::askAPerson)
            .build();
    RunResult<String> result = Runner.run(agent, question);
    return result.finalOutput();
  }

  /** The approval callback: waits for the person's decision on {@code request}. */
  private McpApprovalDecision askAPerson(McpApprovalRequest request) {
    Workflow.getLogger(ApprovalMcpWorkflowImpl.class)
        .info("MCP tool approval requested for: {}", request.name());
    pending.put(
        request.id(),
        new PendingApproval(
            request.id(), request.serverLabel(), request.name(), request.arguments()));
    Workflow.await(() -> decisions.containsKey(request.id()));
    pending.remove(request.id());
    ApprovalDecision decision = decisions.get(request.id());
    return decision.approve()
        ? McpApprovalDecision.approve()
        : McpApprovalDecision.reject(decision.reason());
  }

  @Override
  public List<PendingApproval> getPendingApprovals() {
    List<PendingApproval> waiting = new ArrayList<>();
    for (PendingApproval approval : pending.values()) {
      if (!decisions.containsKey(approval.requestId())) {
        waiting.add(approval);
      }
    }
    return waiting;
  }

  @Override
  public void validateDecideApproval(ApprovalDecision decision) {
    if (decision == null || decision.requestId() == null) {
      throw new IllegalArgumentException("A decision must name the approval request it decides.");
    }
    if (!pending.containsKey(decision.requestId())) {
      throw new IllegalArgumentException(
          "No approval request "
              + decision.requestId()
              + " is pending; pending: "
              + pending.keySet());
    }
    if (decisions.containsKey(decision.requestId())) {
      throw new IllegalArgumentException(
          "Approval request " + decision.requestId() + " was already decided.");
    }
  }

  @Override
  public void decideApproval(ApprovalDecision decision) {
    decisions.put(decision.requestId(), decision);
  }
}
