package dev.durableagents.examples.financial_research_agent;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code financial_research_agent/FinancialResearch}: six agents. A planner plans searches
 * (structured output); one search agent per planned search runs at once ({@code Async.function})
 * with the hosted web search ({@code @WebSearchTool}, forced by {@code toolChoice = "required"}); a
 * writer writes the report and may call a fundamentals analyst and a risk analyst as tools, with an
 * output extractor ({@code @AsTool(outputExtractor)}); a verifier audits the report. Needs the
 * Responses API with a real model.
 */
public final class FinancialResearch implements Sample {

  static final String DEFAULT_QUERY = "Write up an analysis of Apple Inc.'s most recent quarter.";

  /**
   * Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link FinancialResearchAgentWorker} runs.
   */
  public static void main(String[] args) {
    Starter.start(new FinancialResearch(), args);
  }

  @Override
  public String name() {
    return "financial_research_agent/FinancialResearch";
  }

  @Override
  public String description() {
    return "Planner, parallel web-search agents, a writer with analyst agents as tools, a verifier";
  }

  @Override
  public String taskQueue() {
    return FinancialResearchAgentWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    FinancialResearchAgentWorker.register(worker);
  }

  /** A model that answers each search from its search term, in whatever order they arrive. */
  @Override
  public TestModel offlineModel(List<String> args) {
    return FinancialResearchScript.model();
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    FinancialResearchWorkflow workflow =
        newWorkflow(client, FinancialResearchWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_QUERY : String.join(" ", args));
  }
}
