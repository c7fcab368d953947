package dev.durableagents.runtime.scenarios;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Runs an approval scenario. It declares no query or update of its own: the approval handlers come
 * from the runtime.
 */
@WorkflowInterface
public interface ApprovalWorkflow {

  @WorkflowMethod
  String run(String scenario, String input);
}
