package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code agent_patterns/InputGuardrails}: an input guardrail ({@code @Guardrail}) runs its own
 * agent before the support agent; the workflow catches the tripwire and refuses. Args: the question
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

  /** The guardrail agent calls a question with digits in it math homework. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    if (question(args).matches(".*\\d.*")) {
      return List.of(
          TestModel.text(
              "{\"reasoning\":\"The user asks to solve an equation.\",\"isMathHomework\":true}"));
    }
    return List.of(
        TestModel.text(
            "{\"reasoning\":\"A general knowledge question.\",\"isMathHomework\":false}"),
        TestModel.text("The capital of California is Sacramento."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    InputGuardrailsWorkflow workflow =
        newWorkflow(client, InputGuardrailsWorkflow.class, workflowId);
    return workflow.run(question(args));
  }
}
