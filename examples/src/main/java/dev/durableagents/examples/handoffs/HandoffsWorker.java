package dev.durableagents.examples.handoffs;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code handoffs} sample. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until killed.
 */
public final class HandoffsWorker {

  /** The task queue of the handoffs sample. */
  public static final String TASK_QUEUE = "openai-agents-handoffs-task-queue";

  private HandoffsWorker() {}

  /** Registers the handoffs sample's workflows. */
  public static void register(Worker worker) {
    AgentsModule.register(worker);
    worker.registerWorkflowImplementationTypes(MessageFilterWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, HandoffsWorker::register);
  }
}
