package dev.durableagents.runtime.scenarios;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A workflow that runs one named scenario of {@link Scenarios} on an input. */
@WorkflowInterface
public interface ScenarioWorkflow {

  @WorkflowMethod
  String run(String scenario, String input);
}
