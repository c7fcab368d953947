package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code agent_patterns/LLMAsAJudge}: a generator revises a story outline until an evaluator
 * agent's structured feedback ({@code EvaluationFeedback}, an enum score) passes it.
 */
public final class LLMAsAJudge implements Sample {

  static final String DEFAULT_REQUEST =
      "A thrilling adventure story about pirates searching for treasure";
  static final String FIRST_OUTLINE = "Pirates find a map, sail to an island, and find gold.";
  static final String FEEDBACK = "Add a rival crew and a twist about the treasure.";
  static final String SECOND_OUTLINE =
      "Two rival crews race for a map's treasure, only to find it is the map-maker's diary.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new LLMAsAJudge(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/LLMAsAJudge";
  }

  @Override
  public String description() {
    return "A generator/evaluator loop on structured feedback with an enum score";
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
        TestModel.text(FIRST_OUTLINE),
        TestModel.text("{\"feedback\":\"" + FEEDBACK + "\",\"score\":\"NEEDS_IMPROVEMENT\"}"),
        TestModel.text(SECOND_OUTLINE),
        TestModel.text("{\"feedback\":\"Good enough.\",\"score\":\"PASS\"}"));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    LLMAsAJudgeWorkflow workflow = newWorkflow(client, LLMAsAJudgeWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_REQUEST : String.join(" ", args));
  }
}
