package dev.durableagents.examples.research_bot;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.ModelSettings;
import dev.durableagents.annotations.WebSearchTool;
import java.util.List;

/**
 * The agents of the {@link Research} sample: a planner with a structured search plan, a search
 * agent with the hosted web search (one run per planned search, all at once), and a writer with a
 * structured report.
 */
public final class ResearchAgents {

  private ResearchAgents() {}

  /**
   * One planned web search.
   *
   * @param reason your reasoning for why this search is important to the query
   * @param query the search term to use for the web search
   */
  public record WebSearchItem(String reason, String query) {}

  /**
   * The planner's output.
   *
   * @param searches a list of web searches to perform to best answer the query
   */
  public record WebSearchPlan(List<WebSearchItem> searches) {}

  /**
   * The writer's output.
   *
   * @param shortSummary a short 2-3 sentence summary of the findings
   * @param markdownReport the final report
   * @param followUpQuestions suggested topics to research further
   */
  public record ReportData(
      String shortSummary, String markdownReport, List<String> followUpQuestions) {}

  /** Plans the web searches that answer a query: structured output. */
  @Agent(
      name = "PlannerAgent",
      model = "gpt-4o",
      instructions =
          "You are a helpful research assistant. Given a query, come up with a set of web searches"
              + " to perform to best answer the query. Output between 5 and 20 terms to query"
              + " for.")
  public interface PlannerAgent {
    WebSearchPlan plan(String query);
  }

  /** Searches the web for one term, with the hosted web search it must use, and summarizes. */
  @Agent(
      name = "Search agent",
      instructions =
          "You are a research assistant. Given a search term, you search the web for that term and"
              + " produce a concise summary of the results. The summary must be 2-3 paragraphs and"
              + " less than 300 words. Capture the main points. Write succinctly, no need to have"
              + " complete sentences or good grammar. This will be consumed by someone"
              + " synthesizing a report, so its vital you capture the essence and ignore any"
              + " fluff. Do not include any additional commentary other than the summary itself.")
  @WebSearchTool
  @ModelSettings(toolChoice = "required")
  public interface SearchAgent {
    String search(String searchTerm);
  }

  /** Writes the report from the search summaries: structured output. */
  @Agent(
      name = "WriterAgent",
      model = "o3-mini",
      instructions =
          "You are a senior researcher tasked with writing a cohesive report for a research query."
              + " You will be provided with the original query, and some initial research done by"
              + " a research assistant.\n"
              + "You should first come up with an outline for the report that describes the"
              + " structure and flow of the report. Then, generate the report and return that as"
              + " your final output.\n"
              + "The final output should be in markdown format, and it should be lengthy and"
              + " detailed. Aim for 5-10 pages of content, at least 1000 words.")
  public interface WriterAgent {
    ReportData write(String queryAndResearch);
  }
}
