package dev.durableagents.examples.tools;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code tools} samples. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until killed.
 */
public final class ToolsWorker {

  /** The task queue of every tools sample. */
  public static final String TASK_QUEUE = "openai-agents-tools-task-queue";

  private ToolsWorker() {}

  /** Registers the tools samples' workflows. */
  public static void register(Worker worker) {
    // The agents' generated workflows; hosted tools need no activities of their own.
    AgentsModule.register(worker);
    worker.registerWorkflowImplementationTypes(
        CodeInterpreterWorkflowImpl.class,
        FileSearchWorkflowImpl.class,
        ImageGeneratorWorkflowImpl.class,
        WebSearchWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, ToolsWorker::register);
  }
}
