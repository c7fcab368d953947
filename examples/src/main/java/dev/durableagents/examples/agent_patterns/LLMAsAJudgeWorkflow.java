package dev.durableagents.examples.agent_patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link LLMAsAJudge} sample's workflow. */
@WorkflowInterface
public interface LLMAsAJudgeWorkflow {

  /** Outlines a story for {@code request}, revising it until the evaluator passes it. */
  @WorkflowMethod
  String run(String request);
}
