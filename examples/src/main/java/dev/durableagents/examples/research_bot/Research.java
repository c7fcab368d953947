package dev.durableagents.examples.research_bot;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code research_bot/Research}: a planner agent plans web searches (structured output), one search
 * agent per planned search runs at once ({@code Async.function}) with the hosted web search
 * ({@code @WebSearchTool}, forced by {@code toolChoice = "required"}), then a writer agent writes
 * the report (structured output). Needs the Responses API with a real model.
 */
public final class Research implements Sample {

  static final String DEFAULT_QUERY =
      "Caribbean vacation spots in April, optimizing for surfing, hiking and water sports";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ResearchBotWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Research(), args);
  }

  @Override
  public String name() {
    return "research_bot/Research";
  }

  @Override
  public String description() {
    return "Planner, parallel web-search agents (hosted tool), writer with a structured report";
  }

  @Override
  public String taskQueue() {
    return ResearchBotWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ResearchBotWorker.register(worker);
  }

  /** A model that answers each search from its search term, in whatever order they arrive. */
  @Override
  public TestModel offlineModel(List<String> args) {
    return ResearchScript.model();
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ResearchWorkflow workflow = newWorkflow(client, ResearchWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_QUERY : String.join(" ", args));
  }
}
