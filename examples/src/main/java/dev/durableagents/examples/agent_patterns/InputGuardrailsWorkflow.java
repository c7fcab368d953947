package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link InputGuardrails} sample's workflow. */
@WorkflowInterface
public interface InputGuardrailsWorkflow {

  /** Answers {@code userInput}, or refuses when it is math homework. */
  @WorkflowMethod
  String run(String userInput);
}
