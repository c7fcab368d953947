package dev.durableagents.examples.streaming;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code streaming} samples. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until killed.
 */
public final class StreamingWorker {

  /** The task queue of the streaming samples, as in the Python samples. */
  public static final String TASK_QUEUE = "openai-agents-streaming-task-queue";

  private StreamingWorker() {}

  /** Registers the streaming samples' workflows and the joke tool. */
  public static void register(Worker worker) {
    AgentsModule.register(worker, new JokeToolsImpl());
    worker.registerWorkflowImplementationTypes(
        StreamTextWorkflowImpl.class, StreamItemsWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, StreamingWorker::register);
  }
}
