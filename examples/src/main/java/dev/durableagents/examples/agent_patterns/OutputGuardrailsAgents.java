package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Guardrail;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.OutputGuardrail;
import dev.durableagents.runtime.RunContext;
import java.util.Optional;

/**
 * The agent of the {@link OutputGuardrails} sample: an assistant with structured output, checked
 * for a phone number before the run returns it.
 */
public final class OutputGuardrailsAgents {

  private OutputGuardrailsAgents() {}

  /**
   * The assistant's structured output.
   *
   * @param reasoning thoughts on how to respond to the user's message
   * @param response the response to the user's message
   * @param userName the name of the user who sent the message, if known
   */
  public record MessageOutput(String reasoning, String response, Optional<String> userName) {}

  /**
   * What the sensitive-data check found.
   *
   * @param phoneNumberInResponse whether the response holds a phone number
   * @param phoneNumberInReasoning whether the reasoning does
   */
  public record SensitiveData(boolean phoneNumberInResponse, boolean phoneNumberInReasoning) {}

  /** A helpful assistant whose output must not hold a phone number. */
  @Agent(name = "Assistant", instructions = "You are a helpful assistant.")
  @Guardrail(SensitiveDataCheck.class)
  public interface AssistantAgent {
    MessageOutput answer(String message);
  }

  /** Trips when the (contrived) phone number prefix 650 is in the output. */
  public static final class SensitiveDataCheck implements OutputGuardrail<MessageOutput> {
    @Override
    public GuardrailResult check(
        RunContext<?> context, AgentDefinition agent, MessageOutput output) {
      SensitiveData found =
          new SensitiveData(output.response().contains("650"), output.reasoning().contains("650"));
      return new GuardrailResult(
          found.phoneNumberInResponse() || found.phoneNumberInReasoning(), found);
    }
  }
}
