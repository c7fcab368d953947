package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code basic} samples. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until killed.
 */
public final class BasicWorker {

  /** The task queue of every basic sample. */
  public static final String TASK_QUEUE = "openai-agents-basic-task-queue";

  private BasicWorker() {}

  /** Registers the basic samples' workflows and tools. */
  public static void register(Worker worker) {
    // The agents' generated workflows, and the activity adapter of the weather tools.
    AgentsModule.register(worker, new WeatherToolsImpl());
    // The workflows written by hand, which run agents with Runner.run.
    worker.registerWorkflowImplementationTypes(
        AgentLifecycleWorkflowImpl.class,
        LifecycleWorkflowImpl.class,
        DynamicSystemPromptWorkflowImpl.class,
        PreviousResponseIdWorkflowImpl.class,
        LocalImageWorkflowImpl.class,
        RemoteImageWorkflowImpl.class);
    // The activity that reads images on the worker's disk, for LocalImage.
    worker.registerActivitiesImplementations(new ImageFilesImpl());
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, BasicWorker::register);
  }
}
