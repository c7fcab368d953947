package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalPolicy;
import dev.durableagents.runtime.ApprovalTimeout;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.Runner;
import java.time.Duration;

/** The approval scenarios: agents whose tools, or whose runs, ask a person before a call. */
public class ApprovalWorkflowImpl implements ApprovalWorkflow {

  static final AgentDefinition TOOL_NEEDS_APPROVAL =
      AgentDefinition.newBuilder("Clerk")
          .addTool(Scenarios.LOOKUP.withNeedsApproval(true))
          .addTool(Scenarios.ROLL)
          .build();

  @Override
  public String run(String scenario, String input) {
    switch (scenario) {
      case "tool":
        return Runner.<String>run(TOOL_NEEDS_APPROVAL, input).finalOutput();
      case "policy":
        {
          // Only lookups of secrets need a person; the policy reads the call's arguments.
          ApprovalPolicy secrets =
              (context, call) ->
                  call.toolName().equals("lookup")
                      && call.arguments().get("query", String.class).contains("secret");
          AgentDefinition agent =
              AgentDefinition.newBuilder("Clerk").addTool(Scenarios.LOOKUP).build();
          RunConfig config = RunConfig.newBuilder().setApprovalPolicy(secrets).build();
          return Runner.<String>run(agent, input, config).finalOutput();
        }
      case "timeoutRejects":
        {
          RunConfig config =
              RunConfig.newBuilder()
                  .setApprovalTimeout(
                      ApprovalTimeout.rejectAfter(Duration.ofDays(3), "nobody answered in 3 days"))
                  .build();
          return Runner.<String>run(TOOL_NEEDS_APPROVAL, input, config).finalOutput();
        }
      case "timeoutApproves":
        {
          AgentDefinition agent =
              AgentDefinition.newBuilder("Clerk")
                  .addTool(
                      Scenarios.LOOKUP
                          .withNeedsApproval(true)
                          .withApprovalTimeout(ApprovalTimeout.approveAfter(Duration.ofDays(2))))
                  .build();
          return Runner.<String>run(agent, input).finalOutput();
        }
      case "agentAsTool":
        {
          AgentDefinition agent =
              AgentDefinition.newBuilder("Orchestrator")
                  .addTool(
                      Scenarios.SPANISH.asTool("translate", "Translate").withNeedsApproval(true))
                  .build();
          return Runner.<String>run(agent, input).finalOutput();
        }
      default:
        throw new IllegalArgumentException("No approval scenario " + scenario);
    }
  }
}
