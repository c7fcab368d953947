package dev.durableagents.examples.financial_research_agent;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.AsTool;
import dev.durableagents.annotations.ModelSettings;
import dev.durableagents.annotations.WebSearchTool;
import dev.durableagents.runtime.RunResult;
import java.util.List;
import java.util.function.Function;

/**
 * The six agents of the {@link FinancialResearch} sample: a planner (structured search plan), a
 * search agent with the hosted web search, two analysts that the writer calls as tools, the writer
 * (structured report) and a verifier (structured verdict).
 */
public final class FinancialResearchAgents {

  private FinancialResearchAgents() {}

  /**
   * One planned search.
   *
   * @param reason your reasoning for why this search is relevant
   * @param query the search term to feed into a web (or file) search
   */
  public record FinancialSearchItem(String reason, String query) {}

  /**
   * The planner's output.
   *
   * @param searches a list of searches to perform
   */
  public record FinancialSearchPlan(List<FinancialSearchItem> searches) {}

  /**
   * An analyst's output.
   *
   * @param summary short text summary for this aspect of the analysis
   */
  public record AnalysisSummary(String summary) {}

  /**
   * The writer's output.
   *
   * @param shortSummary a short 2-3 sentence executive summary
   * @param markdownReport the full markdown report
   * @param followUpQuestions suggested follow-up questions for further research
   */
  public record FinancialReportData(
      String shortSummary, String markdownReport, List<String> followUpQuestions) {}

  /**
   * The verifier's output.
   *
   * @param verified whether the report seems coherent and plausible
   * @param issues if not verified, describe the main issues or concerns
   */
  public record VerificationResult(boolean verified, String issues) {}

  /**
   * The output of an analyst called as a tool: only the text of its {@link AnalysisSummary}, so
   * that the writer can drop it inline (the Python sample's {@code custom_output_extractor}).
   */
  public static final class SummaryExtractor implements Function<RunResult<?>, String> {

    @Override
    public String apply(RunResult<?> result) {
      return ((AnalysisSummary) result.finalOutput()).summary();
    }
  }

  /** Plans the searches that a financial analysis needs: structured output. */
  @Agent(
      name = "FinancialPlannerAgent",
      model = "o3-mini",
      instructions =
          "You are a financial research planner. Given a request for financial analysis, produce"
              + " a set of web searches to gather the context needed. Aim for recent headlines,"
              + " earnings calls or 10-K snippets, analyst commentary, and industry background."
              + " Output between 5 and 15 search terms to query for.")
  public interface PlannerAgent {
    FinancialSearchPlan plan(String query);
  }

  /** Searches the web for one term, with the hosted web search it must use, and summarizes. */
  @Agent(
      name = "FinancialSearchAgent",
      instructions =
          "You are a research assistant specializing in financial topics. Given a search term,"
              + " use web search to retrieve up-to-date context and produce a short summary of at"
              + " most 300 words. Focus on key numbers, events, or quotes that will be useful to a"
              + " financial analyst.")
  @WebSearchTool
  @ModelSettings(toolChoice = "required")
  public interface SearchAgent {
    String search(String searchTerm);
  }

  /** Analyzes a company's fundamentals: structured output. */
  @Agent(
      name = "FundamentalsAnalystAgent",
      instructions =
          "You are a financial analyst focused on company fundamentals such as revenue, profit,"
              + " margins and growth trajectory. Given a collection of web (and optional file)"
              + " search results about a company, write a concise analysis of its recent financial"
              + " performance. Pull out key metrics or quotes. Keep it under 2 paragraphs.")
  public interface FundamentalsAnalystAgent {
    AnalysisSummary analyze(String research);
  }

  /** Looks for red flags in a company's outlook: structured output. */
  @Agent(
      name = "RiskAnalystAgent",
      instructions =
          "You are a risk analyst looking for potential red flags in a company's outlook. Given"
              + " background research, produce a short analysis of risks such as competitive"
              + " threats, regulatory issues, supply chain problems, or slowing growth. Keep it"
              + " under 2 paragraphs.")
  public interface RiskAnalystAgent {
    AnalysisSummary analyze(String research);
  }

  /**
   * Writes the report from the search summaries, calling the analysts as tools when it wants their
   * write-ups: structured output.
   */
  @Agent(
      name = "FinancialWriterAgent",
      model = "gpt-4.1-2025-04-14",
      instructions =
          "You are a senior financial analyst. You will be provided with the original query and a"
              + " set of raw search summaries. Your task is to synthesize these into a long-form"
              + " markdown report (at least several paragraphs) including a short executive"
              + " summary and follow-up questions. If needed, you can call the available analysis"
              + " tools (e.g. fundamentals_analysis, risk_analysis) to get short specialist"
              + " write-ups to incorporate.")
  @AsTool(
      agent = FundamentalsAnalystAgent.class,
      name = "fundamentals_analysis",
      description = "Use to get a short write-up of key financial metrics",
      outputExtractor = SummaryExtractor.class)
  @AsTool(
      agent = RiskAnalystAgent.class,
      name = "risk_analysis",
      description = "Use to get a short write-up of potential red flags",
      outputExtractor = SummaryExtractor.class)
  public interface WriterAgent {
    FinancialReportData write(String queryAndResearch);
  }

  /** Audits the report: structured output. */
  @Agent(
      name = "VerificationAgent",
      model = "gpt-4o",
      instructions =
          "You are a meticulous auditor. You have been handed a financial analysis report. Your"
              + " job is to verify the report is internally consistent, clearly sourced, and makes"
              + " no unsupported claims. Point out any issues or uncertainties.")
  public interface VerifierAgent {
    VerificationResult verify(String report);
  }
}
