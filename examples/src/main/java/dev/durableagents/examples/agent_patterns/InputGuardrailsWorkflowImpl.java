package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.InputGuardrailsAgents.CustomerSupportAgent;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Message;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.slf4j.Logger;

/** Runs the guarded support agent and turns a tripped guardrail into a refusal. */
public final class InputGuardrailsWorkflowImpl implements InputGuardrailsWorkflow {

  static final String REFUSAL = "Sorry, I can't help you with your math homework.";

  private static final Logger log = Workflow.getLogger(InputGuardrailsWorkflowImpl.class);

  @Override
  public String run(String userInput) {
    try {
      RunResult<String> result =
          Runner.run(CustomerSupportAgent.class, List.of(Message.user(userInput)));
      return result.finalOutput();
    } catch (InputGuardrailTripwireTriggered e) {
      log.info("Input guardrail triggered - refusing to help with math homework");
      return REFUSAL;
    }
  }
}
