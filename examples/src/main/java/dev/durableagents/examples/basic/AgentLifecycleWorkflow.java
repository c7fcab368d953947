package dev.durableagents.examples.basic;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link AgentLifecycle} sample's workflow: a run whose agents report every step to hooks. */
@WorkflowInterface
public interface AgentLifecycleWorkflow {

  /** Runs the start agent on a random number between 0 and {@code maxNumber}. */
  @WorkflowMethod
  FinalResult run(int maxNumber);

  /** The events the agents' hooks saw, in order (answered after the run, too, by replay). */
  @QueryMethod
  List<String> hookEvents();
}
