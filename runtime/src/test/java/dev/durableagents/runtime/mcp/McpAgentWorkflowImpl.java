package dev.durableagents.runtime.mcp;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalPolicy;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import java.util.Map;

/** Agents that use the local MCP server {@code "calc"} (and one that names an unknown server). */
public class McpAgentWorkflowImpl implements McpAgentWorkflow {

  static final AgentDefinition CALCULATOR =
      AgentDefinition.newBuilder("Calculator")
          .setInstructions("Use the calculator's tools.")
          .addMcpServer("calc")
          .build();

  /** Its own tool "add" clashes with the MCP server's "add". */
  static final AgentDefinition CLASHING =
      CALCULATOR.toBuilder()
          .setName("Clashing")
          .addTool(
              FunctionToolDefinition.newBuilder("add")
                  .setParametersSchema("{\"type\":\"object\",\"properties\":{}}")
                  .setInvoker(call -> Workflow.newPromise("own add"))
                  .build())
          .build();

  static final AgentDefinition UNKNOWN_SERVER =
      AgentDefinition.newBuilder("Lost").addMcpServer("nowhere").build();

  /** Triage has no MCP server; it hands off to the calculator, whose tools are listed then. */
  static final AgentDefinition TRIAGE =
      AgentDefinition.newBuilder("Triage").addHandoff(HandoffDefinition.to(CALCULATOR)).build();

  /** Every call of the calculator's tools waits for a person's approval. */
  static final AgentDefinition APPROVED_CALCULATOR =
      AgentDefinition.newBuilder("Careful calculator")
          .addMcpServer("calc", ApprovalPolicy.always())
          .build();

  private static final Map<String, AgentDefinition> AGENTS =
      Map.of(
          "calculator", CALCULATOR,
          "approvedCalculator", APPROVED_CALCULATOR,
          "clashing", CLASHING,
          "unknownServer", UNKNOWN_SERVER,
          "triage", TRIAGE);

  @Override
  public String run(String agent, String input) {
    return Runner.<String>run(AGENTS.get(agent), input).finalOutput();
  }
}
