package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;

/**
 * {@code agent_patterns/InputGuardrails}: an input guardrail ({@code @Guardrail}) runs its own
 * agent concurrently with the support agent's first model call, as in the Agents SDK; its tripwire
 * cancels that call, and the workflow catches the tripwire and refuses. Args: the question
 * (default: a math-homework one, which trips; try "What's the capital of California?").
 */
public final class InputGuardrails implements Sample {

  static final String MATH_QUESTION = "Can you help me solve for x: 2x + 5 = 11?";
  static final String NORMAL_QUESTION = "What's the capital of California?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new InputGuardrails(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/InputGuardrails";
  }

  @Override
  public String description() {
    return "An input guardrail running its own agent; the workflow catches the tripwire";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  static String question(List<String> args) {
    return args.isEmpty() ? MATH_QUESTION : String.join(" ", args);
  }

  /**
   * The guardrail agent calls a question with digits in it math homework. The two agents' calls run
   * concurrently, so each agent has a script of its own.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    ModelResponse verdict =
        question(args).matches(".*\\d.*")
            ? TestModel.text(
                "{\"reasoning\":\"The user asks to solve an equation.\",\"isMathHomework\":true}")
            : TestModel.text(
                "{\"reasoning\":\"A general knowledge question.\",\"isMathHomework\":false}");
    return Scripts.byAgent(
        Map.of(
            "Guardrail check", List.of(verdict),
            "Customer support agent",
                List.of(TestModel.text("The capital of California is Sacramento."))));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    InputGuardrailsWorkflow workflow =
        newWorkflow(client, InputGuardrailsWorkflow.class, workflowId);
    return workflow.run(question(args));
  }
}
