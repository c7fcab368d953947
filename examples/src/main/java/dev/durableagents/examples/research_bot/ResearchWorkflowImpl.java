package dev.durableagents.examples.research_bot;

import dev.durableagents.examples.research_bot.ResearchAgents.PlannerAgent;
import dev.durableagents.examples.research_bot.ResearchAgents.ReportData;
import dev.durableagents.examples.research_bot.ResearchAgents.SearchAgent;
import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchPlan;
import dev.durableagents.examples.research_bot.ResearchAgents.WriterAgent;
import dev.durableagents.examples.support.ParallelSearches;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.slf4j.Logger;

/**
 * The research manager of the Python sample, as a workflow: plan the searches (one planner run),
 * run one search agent per planned search, all at once ({@code Async.function}: their model calls
 * are activities scheduled together), then write the report from the summaries. A search that fails
 * is left out, as in the Python sample.
 */
public final class ResearchWorkflowImpl implements ResearchWorkflow {

  private static final Logger log = Workflow.getLogger(ResearchWorkflowImpl.class);

  @Override
  public String run(String query) {
    WebSearchPlan plan = planSearches(query);
    List<String> results = performSearches(plan);
    ReportData report = writeReport(query, results);
    log.info("Report summary: {}", report.shortSummary());
    log.info("Follow-up questions: {}", report.followUpQuestions());
    return report.markdownReport();
  }

  private WebSearchPlan planSearches(String query) {
    log.info("Planning searches...");
    WebSearchPlan plan =
        Runner.<WebSearchPlan>run(PlannerAgent.class, "Query: " + query).finalOutput();
    log.info("Will perform {} searches", plan.searches().size());
    return plan;
  }

  /** The summaries of the searches that succeeded, in the order of the plan. */
  private static List<String> performSearches(WebSearchPlan plan) {
    return ParallelSearches.run(
        SearchAgent.class,
        plan.searches().stream()
            .map(
                item ->
                    new ParallelSearches.Search(
                        item.query(),
                        "Search term: "
                            + item.query()
                            + "\nReason for searching: "
                            + item.reason()))
            .toList());
  }

  private ReportData writeReport(String query, List<String> results) {
    log.info("Thinking about report...");
    String input =
        "Original query: "
            + query
            + "\nSummarized search results: "
            + ParallelSearches.asJsonArray(results);
    return Runner.<ReportData>run(WriterAgent.class, input).finalOutput();
  }
}
