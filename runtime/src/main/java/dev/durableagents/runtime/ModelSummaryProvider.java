package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelRequest;

/**
 * Computes the summary shown for a model activity in Temporal's UI and history. Runs in workflow
 * code, so it must be deterministic.
 */
@FunctionalInterface
public interface ModelSummaryProvider {

  /**
   * @param agent the agent making the call
   * @param request the request about to be sent
   * @return the summary text
   */
  String provide(AgentDefinition agent, ModelRequest request);
}
