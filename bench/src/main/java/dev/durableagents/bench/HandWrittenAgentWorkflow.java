package dev.durableagents.bench;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The bench agent's loop written by hand as a Temporal workflow, the baseline the generated
 * workflow is measured against.
 */
@WorkflowInterface
public interface HandWrittenAgentWorkflow {

  /**
   * Runs the loop on {@code question}.
   *
   * @param local whether model and tool calls run as local activities
   */
  @WorkflowMethod
  String run(String question, boolean local);
}
