package dev.durableagents.examples.human_in_the_loop;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code human_in_the_loop} sample. {@code main} runs it against the Temporal
 * server at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until
 * killed.
 */
public final class HumanInTheLoopWorker {

  /** The task queue of the sample. */
  public static final String TASK_QUEUE = "openai-agents-human-in-the-loop-task-queue";

  private HumanInTheLoopWorker() {}

  /**
   * Registers the generated workflow of {@link RefundAgent} and the order tools. No approval code
   * is registered: the runtime adds the approval query and update to every agent workflow.
   */
  public static void register(Worker worker) {
    AgentsModule.register(worker, new OrderToolsImpl());
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, HumanInTheLoopWorker::register);
  }
}
