package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.OutputGuardrailsAgents.AssistantAgent;
import dev.durableagents.examples.agent_patterns.OutputGuardrailsAgents.MessageOutput;
import dev.durableagents.runtime.OutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/** Runs the assistant and reports a tripped output guardrail instead of the answer. */
public final class OutputGuardrailsWorkflowImpl implements OutputGuardrailsWorkflow {

  private static final Logger log = Workflow.getLogger(OutputGuardrailsWorkflowImpl.class);

  @Override
  public String run(String userInput) {
    try {
      MessageOutput output =
          Runner.<MessageOutput>run(AssistantAgent.class, userInput).finalOutput();
      return "Response: " + output.response();
    } catch (OutputGuardrailTripwireTriggered e) {
      log.info("Output guardrail triggered. Info: {}", e.outputInfo());
      return "Output guardrail triggered due to sensitive data detection. Info: " + e.outputInfo();
    }
  }
}
