package dev.durableagents.examples.research_bot;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link Research} sample's workflow. */
@WorkflowInterface
public interface ResearchWorkflow {

  /** Researches {@code query} on the web and returns a markdown report. */
  @WorkflowMethod
  String run(String query);
}
