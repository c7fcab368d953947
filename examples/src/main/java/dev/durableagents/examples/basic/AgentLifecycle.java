package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/AgentLifecycle}: per-agent lifecycle hooks ({@code @Agent(hooks = ...)}) see a start
 * agent draw a random number with an in-workflow tool and hand off to a multiply agent; both return
 * a {@link FinalResult}.
 */
public final class AgentLifecycle implements Sample {

  static final int DEFAULT_MAX_NUMBER = 250;

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new AgentLifecycle(), args);
  }

  @Override
  public String name() {
    return "basic/AgentLifecycle";
  }

  @Override
  public String description() {
    return "Per-agent hooks (@Agent(hooks)), in-workflow tools, a handoff, structured output";
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
    AgentLifecycleWorkflow workflow = newWorkflow(client, AgentLifecycleWorkflow.class, workflowId);
    int maxNumber = args.isEmpty() ? DEFAULT_MAX_NUMBER : Integer.parseInt(args.get(0));
    FinalResult result = workflow.run(maxNumber);
    List<String> events =
        client.newWorkflowStub(AgentLifecycleWorkflow.class, workflowId).hookEvents();
    return "Final result: " + result + "\n\nHook events:\n" + String.join("\n", events);
  }
}
