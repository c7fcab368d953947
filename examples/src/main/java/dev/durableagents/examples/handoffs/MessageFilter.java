package dev.durableagents.examples.handoffs;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code handoffs/MessageFilter}: four runs chained by their conversations; the last hands off
 * through an input filter ({@code @Handoff(inputFilter = ...)}) that removes tool items and the
 * first two messages. Args: {@code [user name]}, default {@code Sora}.
 */
public final class MessageFilter implements Sample {

  static final String DEFAULT_USER_NAME = "Sora";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link HandoffsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new MessageFilter(), args);
  }

  @Override
  public String name() {
    return "handoffs/MessageFilter";
  }

  @Override
  public String description() {
    return "Chained runs; a handoff input filter drops tool items and old messages";
  }

  @Override
  public String taskQueue() {
    return HandoffsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    HandoffsWorker.register(worker);
  }

  @Override
  public TestModel offlineModel(List<String> args) {
    return MessageFilterScript.model();
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    MessageFilterWorkflow workflow = newWorkflow(client, MessageFilterWorkflow.class, workflowId);
    MessageFilterWorkflow.MessageFilterResult result =
        workflow.run(args.isEmpty() ? DEFAULT_USER_NAME : args.get(0));
    StringBuilder text = new StringBuilder(result.finalOutput()).append("\n\nFinal messages:");
    for (Item item : result.finalMessages()) {
      text.append("\n  ").append(describe(item));
    }
    return text.toString();
  }

  private static String describe(Item item) {
    if (item instanceof Message m) {
      return m.role() + ": " + m.text();
    }
    if (item instanceof FunctionCall call) {
      return "call " + call.name() + " " + call.arguments();
    }
    return "output: " + ((FunctionCallOutput) item).output();
  }
}
