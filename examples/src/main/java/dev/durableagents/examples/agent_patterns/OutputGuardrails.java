package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code agent_patterns/OutputGuardrails}: an output guardrail ({@code @Guardrail}) checks the
 * agent's structured output for a phone number; the workflow catches the tripwire. Args: the
 * message (default: one with a phone number, which trips; try "What's the capital of California?").
 */
public final class OutputGuardrails implements Sample {

  static final String SENSITIVE_MESSAGE =
      "My phone number is 650-123-4567. Where do you think I live?";
  static final String NORMAL_MESSAGE = "What's the capital of California?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new OutputGuardrails(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/OutputGuardrails";
  }

  @Override
  public String description() {
    return "An output guardrail on a structured output; the workflow catches the tripwire";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  static String message(List<String> args) {
    return args.isEmpty() ? SENSITIVE_MESSAGE : String.join(" ", args);
  }

  /** The assistant repeats a phone number it was given, which the guardrail catches. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    if (message(args).contains("650")) {
      return List.of(
          TestModel.text(
              "{\"reasoning\":\"The user's number starts with 650, a Bay Area code.\","
                  + "\"response\":\"With a 650 number, you probably live near Palo Alto.\","
                  + "\"userName\":null}"));
    }
    return List.of(
        TestModel.text(
            "{\"reasoning\":\"A geography question.\","
                + "\"response\":\"The capital of California is Sacramento.\",\"userName\":null}"));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    OutputGuardrailsWorkflow workflow =
        newWorkflow(client, OutputGuardrailsWorkflow.class, workflowId);
    return workflow.run(message(args));
  }
}
