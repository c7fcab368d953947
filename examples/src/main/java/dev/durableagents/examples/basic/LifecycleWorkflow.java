package dev.durableagents.examples.basic;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link Lifecycle} sample's workflow: a run observed by run-level hooks. */
@WorkflowInterface
public interface LifecycleWorkflow {

  /** Runs the start agent on a random number between 0 and {@code maxNumber}. */
  @WorkflowMethod
  FinalResult run(int maxNumber);

  /** The events the run's hooks saw, in order (answered after the run, too, by replay). */
  @QueryMethod
  List<String> hookEvents();
}
