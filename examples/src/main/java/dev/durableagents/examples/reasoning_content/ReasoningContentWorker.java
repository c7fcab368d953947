package dev.durableagents.examples.reasoning_content;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code reasoning_content} sample. {@code main} runs it against the Temporal
 * server at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until
 * killed.
 */
public final class ReasoningContentWorker {

  /** The task queue of the reasoning-content sample. */
  public static final String TASK_QUEUE = "reasoning-content-task-queue";

  private ReasoningContentWorker() {}

  /** Registers the reasoning-content workflow and the agent's own workflow. */
  public static void register(Worker worker) {
    AgentsModule.register(worker);
    worker.registerWorkflowImplementationTypes(ReasoningContentWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, ReasoningContentWorker::register);
  }
}
