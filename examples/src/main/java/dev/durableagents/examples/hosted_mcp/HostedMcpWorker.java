package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code hosted_mcp} samples. {@code main} runs it against the Temporal server at
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until killed.
 * Hosted MCP tools need OpenAI's Responses API (the default of {@code OPENAI_API}).
 */
public final class HostedMcpWorker {

  /** The task queue of the hosted MCP samples. */
  public static final String TASK_QUEUE = "openai-agents-hosted-mcp-task-queue";

  private HostedMcpWorker() {}

  /** Registers the hosted MCP samples' workflows. */
  public static void register(Worker worker) {
    // The generated workflow of SimpleMcpAgent.
    AgentsModule.register(worker);
    // The approval workflow, written by hand: it has a query and an update.
    worker.registerWorkflowImplementationTypes(ApprovalMcpWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, HostedMcpWorker::register);
  }
}
