package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code agent_patterns/Deterministic}: three agents in sequence, with a gate in workflow code on
 * the checker's structured output ({@code OutlineCheckerOutput}).
 */
public final class Deterministic implements Sample {

  static final String DEFAULT_PROMPT = "Write a science fiction story about time travel";
  static final String OUTLINE =
      "A physicist sends a message one minute into the past and must stop herself from reading it.";
  static final String STORY =
      "At 11:59 Mara read the message she would send at noon: don't. She sent it anyway.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Deterministic(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/Deterministic";
  }

  @Override
  public String description() {
    return "Agents in sequence with a gate in code on a structured verdict (record output)";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.text(OUTLINE),
        TestModel.text("{\"goodQuality\":true,\"isScifi\":true}"),
        TestModel.text(STORY));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    DeterministicWorkflow workflow = newWorkflow(client, DeterministicWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
  }
}
