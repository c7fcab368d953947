package dev.durableagents.examples.financial_research_agent;

import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialReportData;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialSearchPlan;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.PlannerAgent;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.SearchAgent;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.VerificationResult;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.VerifierAgent;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.WriterAgent;
import dev.durableagents.examples.support.ParallelSearches;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.slf4j.Logger;

/**
 * The financial research manager of the Python sample, as a workflow: plan the searches, run one
 * search agent per planned search, all at once ({@code Async.function}: their model calls are
 * activities scheduled together), write the report (the writer's model decides whether to call the
 * analyst agents, which then run inside this workflow), and verify it. A search that fails is left
 * out, as in the Python sample.
 */
public final class FinancialResearchWorkflowImpl implements FinancialResearchWorkflow {

  private static final Logger log = Workflow.getLogger(FinancialResearchWorkflowImpl.class);

  @Override
  public String run(String query) {
    FinancialSearchPlan plan = planSearches(query);
    List<String> results = performSearches(plan);
    FinancialReportData report = writeReport(query, results);
    VerificationResult verification = verifyReport(report);
    return format(report, verification);
  }

  private FinancialSearchPlan planSearches(String query) {
    log.info("Planning searches...");
    FinancialSearchPlan plan =
        Runner.<FinancialSearchPlan>run(PlannerAgent.class, "Query: " + query).finalOutput();
    log.info("Will perform {} searches", plan.searches().size());
    return plan;
  }

  /** The summaries of the searches that succeeded, in the order of the plan. */
  private static List<String> performSearches(FinancialSearchPlan plan) {
    return ParallelSearches.run(
        SearchAgent.class,
        plan.searches().stream()
            .map(
                item ->
                    new ParallelSearches.Search(
                        item.query(),
                        "Search term: " + item.query() + "\nReason: " + item.reason()))
            .toList());
  }

  private FinancialReportData writeReport(String query, List<String> results) {
    log.info("Thinking about report...");
    String input =
        "Original query: "
            + query
            + "\nSummarized search results: "
            + ParallelSearches.asJsonArray(results);
    FinancialReportData report =
        Runner.<FinancialReportData>run(WriterAgent.class, input).finalOutput();
    log.info("Report summary: {}", report.shortSummary());
    return report;
  }

  private VerificationResult verifyReport(FinancialReportData report) {
    log.info("Verifying report...");
    return Runner.<VerificationResult>run(VerifierAgent.class, report.markdownReport())
        .finalOutput();
  }

  /** The report, its follow-up questions and the verdict, as the Python workflow returns them. */
  static String format(FinancialReportData report, VerificationResult verification) {
    return "=====REPORT=====\n\n"
        + report.markdownReport()
        + "\n\n=====FOLLOW UP QUESTIONS=====\n\n"
        + String.join("\n", report.followUpQuestions())
        + "\n\n=====VERIFICATION=====\n\n"
        + "Verified: "
        + verification.verified()
        + "\nIssues: "
        + verification.issues();
  }
}
