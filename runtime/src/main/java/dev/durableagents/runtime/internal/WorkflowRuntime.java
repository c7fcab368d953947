package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ModelActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import io.temporal.workflow.unsafe.WorkflowUnsafe;

/**
 * What the {@link dev.durableagents.runtime.DurableAgentsPlugin} tells each workflow instance: the
 * model activity options and the default model. The plugin's workflow interceptor sets it when the
 * instance is created, on every worker and on every replay alike, so reading it is deterministic.
 *
 * @param modelActivityOptions options of every model activity
 * @param defaultModel the model of agents that name none, or {@code null} for the provider's default
 */
public record WorkflowRuntime(ModelActivityOptions modelActivityOptions, String defaultModel) {

  private static final WorkflowLocal<WorkflowRuntime> CURRENT = WorkflowLocal.withInitial(() -> null);

  /** Installs the runtime for the current workflow instance. */
  static void install(WorkflowRuntime runtime) {
    CURRENT.set(runtime);
  }

  /**
   * The runtime of the current workflow instance.
   *
   * @throws IllegalStateException outside a workflow, or when the worker's client has no plugin
   */
  public static WorkflowRuntime current() {
    if (!WorkflowUnsafe.isWorkflowThread()) {
      throw new IllegalStateException(
          "Runner.run must be called from workflow code; agents run inside Temporal workflows");
    }
    WorkflowRuntime runtime = CURRENT.get();
    if (runtime == null) {
      throw new IllegalStateException(
          "No DurableAgentsPlugin on this worker: set it on the WorkflowClient the worker factory"
              + " uses (WorkflowClientOptions.newBuilder().setPlugins(DurableAgentsPlugin...))"
              + " in workflow "
              + Workflow.getInfo().getWorkflowType());
    }
    return runtime;
  }
}
