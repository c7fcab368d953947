package dev.durableagents.examples.financial_research_agent;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code financial_research_agent} sample. {@code main} runs it against the
 * Temporal server at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI
 * model (the Responses API, for the hosted web search), until killed.
 */
public final class FinancialResearchAgentWorker {

  /** The task queue of the financial-research sample. */
  public static final String TASK_QUEUE = "financial-research-task-queue";

  private FinancialResearchAgentWorker() {}

  /** Registers the financial-research workflow and its agents' workflows. */
  public static void register(Worker worker) {
    // The agents' generated workflows (no activity tool sets: the web search is hosted, and the
    // analysts run inside the writer's workflow as agent tools).
    AgentsModule.register(worker);
    // The sample's workflow, written by hand: it runs the agents with Runner.run.
    worker.registerWorkflowImplementationTypes(FinancialResearchWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, FinancialResearchAgentWorker::register);
  }
}
