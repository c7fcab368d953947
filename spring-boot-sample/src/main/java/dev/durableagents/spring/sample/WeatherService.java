package dev.durableagents.spring.sample;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Starts the agent as a workflow through the {@link WorkflowClient} of Temporal's starter. */
@Service
public class WeatherService {

  private final WorkflowClient client;
  private final String taskQueue;

  /** The service on {@code client}, starting runs on the task queue {@code sample.task-queue}. */
  public WeatherService(WorkflowClient client, @Value("${sample.task-queue}") String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /**
   * Runs the agent on {@code question} with workflow id {@code workflowId}; waits for its answer.
   */
  public String ask(String workflowId, String question) {
    WeatherAgentWorkflow agent =
        client.newWorkflowStub(
            WeatherAgentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(workflowId)
                .setWorkflowExecutionTimeout(Duration.ofMinutes(5))
                .build());
    return agent.ask(question);
  }
}
