package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link OutputGuardrails} sample's workflow. */
@WorkflowInterface
public interface OutputGuardrailsWorkflow {

  /** Answers {@code userInput}, unless the answer would hold a phone number. */
  @WorkflowMethod
  String run(String userInput);
}
