package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/** {@code basic/HelloWorld}: an agent that answers in haikus; one model call, one activity. */
public final class HelloWorld implements Sample {

  static final String DEFAULT_PROMPT = "Tell me about recursion in programming.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new HelloWorld(), args);
  }

  @Override
  public String name() {
    return "basic/HelloWorld";
  }

  @Override
  public String description() {
    return "One agent, one model call: answers in haikus";
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
        TestModel.text(
            "A function calls itself,\n"
                + "smaller steps toward the base case,\n"
                + "the stack unwinds home."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    HelloWorldAgentWorkflow workflow =
        newWorkflow(client, HelloWorldAgentWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
  }
}
