package dev.durableagents.examples.financial_research_agent;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link FinancialResearch} sample's workflow. */
@WorkflowInterface
public interface FinancialResearchWorkflow {

  /**
   * Researches {@code query} and returns the report, its follow-up questions and the verifier's
   * verdict, as text.
   */
  @WorkflowMethod
  String run(String query);
}
