package dev.durableagents.examples.research_bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.examples.research_bot.ResearchAgents.PlannerAgent;
import dev.durableagents.examples.research_bot.ResearchAgents.ReportData;
import dev.durableagents.examples.research_bot.ResearchAgents.SearchAgent;
import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchItem;
import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchPlan;
import dev.durableagents.examples.research_bot.ResearchAgents.WriterAgent;
import dev.durableagents.runtime.Runner;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * The research manager of the Python sample, as a workflow: plan the searches (one planner run),
 * run one search agent per planned search, all at once ({@code Async.function}: their model calls
 * are activities scheduled together), then write the report from the summaries. A search that
 * fails is left out, as in the Python sample.
 */
public final class ResearchWorkflowImpl implements ResearchWorkflow {

  private static final Logger log = Workflow.getLogger(ResearchWorkflowImpl.class);
  private static final ObjectMapper JSON = new ObjectMapper();

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
  private List<String> performSearches(WebSearchPlan plan) {
    int total = plan.searches().size();
    int[] completed = {0};
    List<Promise<String>> searches = new ArrayList<>();
    for (WebSearchItem item : plan.searches()) {
      searches.add(
          Async.function(ResearchWorkflowImpl::search, item)
              .thenApply(
                  summary -> {
                    completed[0]++;
                    log.info("Searching... {}/{} completed", completed[0], total);
                    return summary;
                  }));
    }
    Promise.allOf(searches).get();
    List<String> results =
        searches.stream().map(Promise::get).filter(Objects::nonNull).toList();
    log.info("Searches done: {} of {} succeeded", results.size(), total);
    return results;
  }

  /** One search agent run; {@code null} when it failed. */
  private static String search(WebSearchItem item) {
    String input = "Search term: " + item.query() + "\nReason for searching: " + item.reason();
    try {
      return Runner.<String>run(SearchAgent.class, input).finalOutput();
    } catch (CanceledFailure e) {
      throw e;
    } catch (RuntimeException e) {
      log.warn("Search for '{}' failed: {}", item.query(), e.getMessage());
      return null;
    }
  }

  private ReportData writeReport(String query, List<String> results) {
    log.info("Thinking about report...");
    String input =
        "Original query: " + query + "\nSummarized search results: " + jsonList(results);
    return Runner.<ReportData>run(WriterAgent.class, input).finalOutput();
  }

  /** The summaries as a JSON array, so that each one's bounds are clear to the writer. */
  private static String jsonList(List<String> items) {
    try {
      return JSON.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
