package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.OptionArgs;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/DynamicSystemPrompt}: dynamic instructions ({@code @Instructions}) read the run's
 * context, a style drawn at random in the workflow unless given. Args: {@code [--style
 * haiku|pirate|robot] [message...]}.
 */
public final class DynamicSystemPrompt implements Sample {

  static final String DEFAULT_MESSAGE = "Tell me a joke.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new DynamicSystemPrompt(), args);
  }

  @Override
  public String name() {
    return "basic/DynamicSystemPrompt";
  }

  @Override
  public String description() {
    return "Dynamic instructions (@Instructions) from the run's context; style drawn at random";
  }

  @Override
  public String taskQueue() {
    return BasicWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    BasicWorker.register(worker);
  }

  /** Answers in the style the request's instructions ask for. */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(request -> answer(request.instructions()));
  }

  static ModelResponse answer(String instructions) {
    if (instructions.contains("haiku")) {
      return TestModel.text("A coder walks in,\nthe bug was a semicolon,\nlaughter compiles.");
    }
    if (instructions.contains("pirate")) {
      return TestModel.text("Arr, why did the pirate learn Java? For the treasure of the JVM!");
    }
    return TestModel.text("Beep boop. Why did the robot cross the road? Beep. Programming. Boop.");
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    OptionArgs words = OptionArgs.take(args, "--style");
    DynamicSystemPromptWorkflow workflow =
        newWorkflow(client, DynamicSystemPromptWorkflow.class, workflowId);
    return workflow.run(words.textOr(DEFAULT_MESSAGE), words.option());
  }
}
