package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/PreviousResponseId}: a follow-up question continues the first answer's conversation
 * on the model's server ({@code RunConfig.setPreviousResponseId}), sending only the new question.
 * Args: {@code [first question] [follow-up question]}.
 */
public final class PreviousResponseId implements Sample {

  static final String FIRST_QUESTION = "What is the largest country in South America?";
  static final String FOLLOW_UP_QUESTION = "What is the capital of that country?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new PreviousResponseId(), args);
  }

  @Override
  public String name() {
    return "basic/PreviousResponseId";
  }

  @Override
  public String description() {
    return "A follow-up run continues the model's stored conversation by previous response id";
  }

  @Override
  public String taskQueue() {
    return BasicWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    BasicWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        Scripts.textWithId("Brazil.", "resp_offline_1"),
        Scripts.textWithId("Brasília.", "resp_offline_2"));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    PreviousResponseIdWorkflow workflow =
        newWorkflow(client, PreviousResponseIdWorkflow.class, workflowId);
    PreviousResponseIdWorkflow.Answers answers =
        workflow.run(
            args.size() > 0 ? args.get(0) : FIRST_QUESTION,
            args.size() > 1 ? args.get(1) : FOLLOW_UP_QUESTION);
    return "1. " + answers.firstResponse() + "\n2. " + answers.secondResponse();
  }
}
