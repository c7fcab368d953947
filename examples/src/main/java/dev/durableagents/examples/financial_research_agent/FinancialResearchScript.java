package dev.durableagents.examples.financial_research_agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.AnalysisSummary;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialReportData;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialSearchItem;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialSearchPlan;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.VerificationResult;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.examples.support.WebSearches;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline model of the {@link FinancialResearch} sample. The planner answers with a plan of
 * five searches as JSON; each search agent, whichever order their calls arrive in, answers from the
 * search term of its request with a hosted web search item and a summary; the writer first calls
 * both analysts as tools at once, then answers with a report (as JSON) that quotes what they
 * returned; the analysts and the verifier answer with JSON. It answers from the request alone, so
 * it may serve any number of runs.
 */
final class FinancialResearchScript {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The planned searches, each with the summary its search agent answers. */
  static final Map<FinancialSearchItem, String> SEARCHES = new LinkedHashMap<>();

  static {
    SEARCHES.put(
        new FinancialSearchItem(
            "The headline numbers of the most recent quarter.",
            "Apple fiscal Q4 2024 earnings revenue EPS"),
        "Apple reported fiscal Q4 2024 (quarter ended September 28, 2024) revenue of $94.9"
            + " billion, up 6% year over year, a September-quarter record. GAAP diluted EPS was"
            + " $0.97, including a one-time $10.2 billion income tax charge; excluding it, EPS was"
            + " $1.64, up 12%. Gross margin 46.2%.");
    SEARCHES.put(
        new FinancialSearchItem(
            "Management's commentary and outlook from the earnings call.",
            "Apple Q4 2024 earnings call Tim Cook guidance"),
        "On the call Tim Cook called iPhone 16 demand strong and said Apple Intelligence would"
            + " roll out in more languages over the coming months. The CFO guided December-quarter"
            + " revenue to grow low to mid single digits, with Services growth similar to the"
            + " fiscal year's.");
    SEARCHES.put(
        new FinancialSearchItem(
            "Services carry the highest margins and drive earnings growth.",
            "Apple services revenue growth Q4 2024"),
        "Services revenue hit an all-time record of $25.0 billion, up about 12% year over year;"
            + " paid subscriptions also reached a record. Services gross margin is roughly 74%,"
            + " against about 36% for products.");
    SEARCHES.put(
        new FinancialSearchItem(
            "Analysts' view of iPhone demand and of Greater China.",
            "Apple iPhone 16 demand China sales analyst commentary"),
        "iPhone revenue was $46.2 billion, up 6%. Greater China revenue was about flat at $15.0"
            + " billion as local competition (Huawei) stays intense. Analysts note the upgrade"
            + " cycle depends on how fast Apple Intelligence features reach users.");
    SEARCHES.put(
        new FinancialSearchItem(
            "A one-time charge distorts GAAP earnings this quarter.",
            "Apple EU state aid tax charge Q4 2024"),
        "The $10.2 billion charge follows the European Court of Justice's September 2024 ruling"
            + " in the EU State Aid case over Apple's past taxes in Ireland. The charge is"
            + " one-time; the cash had been held in escrow.");
  }

  static final String FUNDAMENTALS =
      "Revenue grew 6% to $94.9B with a 46.2% gross margin. Services ($25.0B, +12%) grow twice as"
          + " fast as products and carry about twice the margin, so the mix keeps lifting"
          + " profitability. Excluding the one-time $10.2B tax charge, EPS rose 12% to $1.64.";

  static final String RISKS =
      "Greater China is flat against strong local competition; the iPhone upgrade cycle leans on"
          + " the rollout of Apple Intelligence; and regulators in the EU and the US are pressing"
          + " on the App Store and on search-deal revenue that feeds Services.";

  static final VerificationResult VERIFICATION =
      new VerificationResult(
          true,
          "Figures are consistent across sections, and the GAAP EPS is explained by the one-time"
              + " tax charge. Minor: sources are named (release, earnings call) but not linked.");

  private FinancialResearchScript() {}

  static TestModel model() {
    return TestModel.answering(FinancialResearchScript::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    return switch (request.agentName()) {
      case "FinancialPlannerAgent" ->
          TestModel.text(json(new FinancialSearchPlan(List.copyOf(SEARCHES.keySet()))));
      case "FinancialSearchAgent" -> search(request);
      case "FinancialWriterAgent" -> write(request);
      case "FundamentalsAnalystAgent" -> TestModel.text(json(new AnalysisSummary(FUNDAMENTALS)));
      case "RiskAnalystAgent" -> TestModel.text(json(new AnalysisSummary(RISKS)));
      case "VerificationAgent" -> TestModel.text(json(VERIFICATION));
      default -> throw WebSearches.unscripted(request.agentName());
    };
  }

  private static ModelResponse search(ModelRequest request) {
    return WebSearches.answer(
        request,
        SEARCHES.keySet().stream().map(FinancialSearchItem::query).toList(),
        List.copyOf(SEARCHES.values()),
        "FinancialSearchAgent");
  }

  /** First both analysts, at once; then the report with their write-ups. */
  private static ModelResponse write(ModelRequest request) {
    String fundamentals = outputOf(request, "fundamentals_analysis");
    String risks = outputOf(request, "risk_analysis");
    if (fundamentals == null || risks == null) {
      return Scripts.toolCalls(
          Scripts.call(
              "call_fundamentals",
              "fundamentals_analysis",
              input(
                  "Apple fiscal Q4 2024: revenue $94.9B (+6%), iPhone $46.2B, Services $25.0B"
                      + " (+12%), gross margin 46.2%, GAAP EPS $0.97 after a one-time $10.2B tax"
                      + " charge, $1.64 excluding it.")),
          Scripts.call(
              "call_risk",
              "risk_analysis",
              input(
                  "Apple fiscal Q4 2024: Greater China flat at $15.0B, EU State Aid tax charge,"
                      + " iPhone 16 cycle tied to Apple Intelligence, regulatory pressure on the"
                      + " App Store and search deals.")));
    }
    return TestModel.text(json(report(fundamentals, risks)));
  }

  /** The writer's report, built on the analysts' write-ups. */
  static FinancialReportData report(String fundamentals, String risks) {
    return new FinancialReportData(
        "Apple's fiscal Q4 2024 beat on revenue ($94.9B, +6%) with record Services, while a"
            + " one-time $10.2B tax charge cut GAAP EPS to $0.97. The outlook is steady growth,"
            + " with China and regulation the main risks.",
        "# Apple Inc.: fiscal Q4 2024\n\n"
            + "## Executive summary\n"
            + "A September-quarter revenue record, led by Services; GAAP earnings distorted by a"
            + " one-time tax charge.\n\n"
            + "## Fundamentals\n"
            + fundamentals
            + "\n\n## Risks\n"
            + risks
            + "\n\n## Outlook\n"
            + "Management guides December-quarter revenue up low to mid single digits.",
        List.of(
            "How fast is Apple Intelligence reaching users outside the US?",
            "Can Services keep growing double digits if the search deal is restricted?",
            "What is the iPhone's share trend in Greater China?"));
  }

  /** The output of the request's call of {@code toolName}, or {@code null}. */
  private static String outputOf(ModelRequest request, String toolName) {
    String callId = null;
    for (Item item : request.input()) {
      if (item instanceof FunctionCall call && call.name().equals(toolName)) {
        callId = call.callId();
      } else if (item instanceof FunctionCallOutput output && output.callId().equals(callId)) {
        return output.output();
      }
    }
    return null;
  }

  private static String input(String text) {
    return json(Map.of("input", text));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
