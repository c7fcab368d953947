package dev.durableagents.examples.research_bot;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code research_bot} sample. {@code main} runs it against the Temporal server
 * at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model (the Responses
 * API, for the hosted web search), until killed.
 *
 * <p>Its task queue is the one of the customer-service sample too, as in the Python samples: run
 * one of the two workers at a time, or the other's workflows may reach a worker that does not know
 * them.
 */
public final class ResearchBotWorker {

  /** The task queue of the research-bot sample. */
  public static final String TASK_QUEUE = "openai-agents-task-queue";

  private ResearchBotWorker() {}

  /** Registers the research-bot workflow and its agents' workflows. */
  public static void register(Worker worker) {
    // The agents' generated workflows (no activity tool sets: the web search is hosted).
    AgentsModule.register(worker);
    // The sample's workflow, written by hand: it runs the agents with Runner.run.
    worker.registerWorkflowImplementationTypes(ResearchWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, ResearchBotWorker::register);
  }
}
