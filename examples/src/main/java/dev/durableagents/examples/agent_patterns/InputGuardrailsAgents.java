package dev.durableagents.examples.agent_patterns;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Guardrail;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * The agents of the {@link InputGuardrails} sample: a support agent guarded by a check that runs an
 * agent of its own.
 */
public final class InputGuardrailsAgents {

  private InputGuardrailsAgents() {}

  /**
   * The guardrail agent's verdict.
   *
   * @param reasoning why
   * @param isMathHomework whether the user asks for their math homework to be done
   */
  public record MathHomeworkOutput(String reasoning, boolean isMathHomework) {}

  /** Answers customers' questions; the math-homework guardrail checks its input first. */
  @Agent(
      name = "Customer support agent",
      instructions = "You are a customer support agent. You help customers with their questions.")
  @Guardrail(MathGuardrail.class)
  public interface CustomerSupportAgent {
    String answer(String question);
  }

  /** Decides whether a request is math homework: structured output. */
  @Agent(
      name = "Guardrail check",
      instructions = "Check if the user is asking you to do their math homework.")
  public interface GuardrailAgent {
    MathHomeworkOutput check(String request);
  }

  /**
   * An input guardrail that happens to run an agent: it trips when the guardrail agent says the
   * input is math homework. It runs in the workflow, so its agent's model call is an activity of
   * the same workflow.
   */
  public static final class MathGuardrail implements InputGuardrail {
    @Override
    public GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input) {
      RunResult<MathHomeworkOutput> result =
          Runner.run(GuardrailAgent.class, input, RunConfig.withContext(context.context()));
      MathHomeworkOutput verdict = result.finalOutput();
      return new GuardrailResult(verdict.isMathHomework(), verdict);
    }
  }
}
