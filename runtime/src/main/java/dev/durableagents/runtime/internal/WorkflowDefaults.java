package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.RunConfig;
import io.temporal.workflow.WorkflowLocal;

/** The run config every run of the current workflow starts from. */
public final class WorkflowDefaults {

  private static final WorkflowLocal<RunConfig> DEFAULTS =
      WorkflowLocal.withCachedInitial(RunConfig::getDefaultInstance);

  private WorkflowDefaults() {}

  /** Sets the defaults of the current workflow. */
  public static void set(RunConfig defaults) {
    DEFAULTS.set(defaults == null ? RunConfig.getDefaultInstance() : defaults);
  }

  /** The defaults of the current workflow. */
  public static RunConfig get() {
    return DEFAULTS.get();
  }
}
