package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Temporal;
import io.temporal.worker.Worker;

/**
 * The worker of the {@code agent_patterns} samples. {@code main} runs it against the Temporal
 * server at {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}) with the OpenAI model, until
 * killed.
 */
public final class AgentPatternsWorker {

  /** The task queue of every agent-patterns sample. */
  public static final String TASK_QUEUE = "openai-agents-patterns-task-queue";

  private AgentPatternsWorker() {}

  /** Registers the agent-patterns samples' workflows. */
  public static void register(Worker worker) {
    // The agents' generated workflows (none of these samples has an activity tool set).
    AgentsModule.register(worker);
    // The samples' workflows, written by hand: each runs its agents with Runner.run.
    worker.registerWorkflowImplementationTypes(
        AgentsAsToolsWorkflowImpl.class,
        DeterministicWorkflowImpl.class,
        ParallelizationWorkflowImpl.class,
        LLMAsAJudgeWorkflowImpl.class,
        ForcingToolUseWorkflowImpl.class,
        InputGuardrailsWorkflowImpl.class,
        OutputGuardrailsWorkflowImpl.class,
        RoutingWorkflowImpl.class);
  }

  public static void main(String[] args) {
    Temporal.runWorker(TASK_QUEUE, AgentPatternsWorker::register);
  }
}
