package dev.durableagents.examples.customer_service;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the customer-service sample. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) until killed: with OpenAI when {@code
 * OPENAI_API_KEY} is set, else with the {@link AirlineScript} offline model, which answers any
 * message, so the worker can be stopped and restarted in the middle of a conversation.
 */
public final class CustomerServiceWorker {

  /** The task queue of the customer-service sample. */
  public static final String TASK_QUEUE = "openai-agents-task-queue";

  private CustomerServiceWorker() {}

  /** Registers the customer-service workflow. */
  public static void register(Worker worker) {
    AgentsModule.register(worker);
    worker.registerWorkflowImplementationTypes(CustomerServiceWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, CustomerServiceWorker::register, AirlineScript.model());
  }
}
