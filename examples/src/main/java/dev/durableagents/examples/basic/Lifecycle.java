package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/Lifecycle}: run-level hooks ({@code RunConfig.setHooks}) report every agent, tool
 * and handoff of the run with the usage so far.
 */
public final class Lifecycle implements Sample {

  static final int DEFAULT_MAX_NUMBER = 250;

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Lifecycle(), args);
  }

  @Override
  public String name() {
    return "basic/Lifecycle";
  }

  @Override
  public String description() {
    return "Run-level hooks (RunConfig.setHooks) with usage, in-workflow tools, a handoff";
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
  public TestModel offlineModel(List<String> args) {
    return LifecycleScript.model();
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    LifecycleWorkflow workflow = newWorkflow(client, LifecycleWorkflow.class, workflowId);
    int maxNumber = args.isEmpty() ? DEFAULT_MAX_NUMBER : Integer.parseInt(args.get(0));
    FinalResult result = workflow.run(maxNumber);
    List<String> events = client.newWorkflowStub(LifecycleWorkflow.class, workflowId).hookEvents();
    return "Final result: " + result + "\n\nHook events:\n" + String.join("\n", events);
  }
}
