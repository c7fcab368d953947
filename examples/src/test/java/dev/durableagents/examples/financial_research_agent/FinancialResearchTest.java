package dev.durableagents.examples.financial_research_agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialReportData;
import dev.durableagents.examples.financial_research_agent.FinancialResearchAgents.FinancialSearchItem;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FinancialResearchTest {

  private static final List<FinancialSearchItem> PLAN =
      List.copyOf(FinancialResearchScript.SEARCHES.keySet());

  private static List<ModelRequest> requestsOf(SampleRun run, String agent) {
    return run.modelRequests.stream().filter(r -> r.agentName().equals(agent)).toList();
  }

  private static String searchInput(FinancialSearchItem item) {
    return "Search term: " + item.query() + "\nReason: " + item.reason();
  }

  @Test
  void plansSearchesAtOnceWritesWithTheAnalystsAsToolsThenVerifies() {
    SampleRun run = SampleRun.offline(new FinancialResearch(), List.of());
    RecordedHistories.recordIfAsked("financial_research_agent-FinancialResearch", run);

    int searches = PLAN.size();
    List<String> agents = new ArrayList<>();
    agents.add("FinancialPlannerAgent");
    agents.addAll(Collections.nCopies(searches, "FinancialSearchAgent"));
    agents.addAll(
        List.of(
            "FinancialWriterAgent",
            "FundamentalsAnalystAgent",
            "RiskAnalystAgent",
            "FinancialWriterAgent",
            "VerificationAgent"));
    assertEquals(agents, run.modelCallAgents());
    // Every step is a model call: the analysts run as agent tools inside this workflow.
    assertEquals(Collections.nCopies(agents.size(), "InvokeModel"), run.activities());

    // The searches start together, and so do the two analysts the writer called at once.
    List<Long> tasks = run.schedulingTasks();
    assertEquals(1, Set.copyOf(tasks.subList(1, 1 + searches)).size(), tasks.toString());
    assertNotEquals(tasks.get(0), tasks.get(1));
    int writer = 1 + searches;
    assertNotEquals(tasks.get(searches), tasks.get(writer));
    assertEquals(tasks.get(writer + 1), tasks.get(writer + 2), "the analysts start together");
    assertNotEquals(tasks.get(writer), tasks.get(writer + 1));

    ModelRequest planner = requestsOf(run, "FinancialPlannerAgent").get(0);
    assertEquals("o3-mini", planner.model());
    assertEquals("FinancialSearchPlan", planner.outputSchema().name());
    assertEquals(
        List.of(Message.user("Query: " + FinancialResearch.DEFAULT_QUERY)), planner.input());

    List<ModelRequest> searchRequests = requestsOf(run, "FinancialSearchAgent");
    for (ModelRequest search : searchRequests) {
      assertEquals(List.of(HostedTool.webSearch()), search.hostedTools());
      assertEquals("required", search.settings().toolChoice());
    }
    assertEquals(
        PLAN.stream().map(FinancialResearchTest::searchInput).collect(Collectors.toSet()),
        searchRequests.stream().map(Scripts::lastUserText).collect(Collectors.toSet()));
    assertTrue(run.historyText().contains("web_search_call"));

    // The writer gets the summaries in plan order and the analysts as tools.
    List<ModelRequest> writerRequests = requestsOf(run, "FinancialWriterAgent");
    ModelRequest first = writerRequests.get(0);
    assertEquals("gpt-4.1-2025-04-14", first.model());
    assertEquals("FinancialReportData", first.outputSchema().name());
    assertEquals(
        List.of("fundamentals_analysis", "risk_analysis"),
        first.tools().stream().map(FunctionToolSpec::name).toList());
    assertEquals(
        "Original query: "
            + FinancialResearch.DEFAULT_QUERY
            + "\nSummarized search results: "
            + FinancialResearchScript.json(List.copyOf(FinancialResearchScript.SEARCHES.values())),
        Scripts.lastUserText(first));

    // Each analyst answers with structured output; the extractor hands the writer its text only.
    assertEquals(
        "AnalysisSummary",
        requestsOf(run, "FundamentalsAnalystAgent").get(0).outputSchema().name());
    List<Item> second = writerRequests.get(1).input();
    FunctionCallOutput fundamentals = assertInstanceOf(FunctionCallOutput.class, second.get(3));
    FunctionCallOutput risks = assertInstanceOf(FunctionCallOutput.class, second.get(4));
    assertEquals("call_fundamentals", fundamentals.callId());
    assertEquals(FinancialResearchScript.FUNDAMENTALS, fundamentals.output());
    assertEquals("call_risk", risks.callId());
    assertEquals(FinancialResearchScript.RISKS, risks.output());

    // The verifier reads the markdown report.
    FinancialReportData report =
        FinancialResearchScript.report(
            FinancialResearchScript.FUNDAMENTALS, FinancialResearchScript.RISKS);
    ModelRequest verifier = requestsOf(run, "VerificationAgent").get(0);
    assertEquals("gpt-4o", verifier.model());
    assertEquals(List.of(Message.user(report.markdownReport())), verifier.input());

    assertEquals(
        "=====REPORT=====\n\n"
            + report.markdownReport()
            + "\n\n=====FOLLOW UP QUESTIONS=====\n\n"
            + String.join("\n", report.followUpQuestions())
            + "\n\n=====VERIFICATION=====\n\n"
            + "Verified: true\nIssues: "
            + FinancialResearchScript.VERIFICATION.issues(),
        run.result);
  }

  @Test
  void aSearchThatFailsIsLeftOutOfTheReport() {
    FinancialSearchItem failing = PLAN.get(1);
    TestModel script = FinancialResearchScript.model();
    TestModel model =
        TestModel.answering(
            request -> {
              if (Scripts.lastUserText(request).equals(searchInput(failing))) {
                throw new ModelException("search backend down", "SearchDown", false, null, null);
              }
              return script.getResponse(request);
            });

    SampleRun run = SampleRun.withModel(new FinancialResearch(), List.of(), model);

    String failed = FinancialResearchScript.SEARCHES.get(failing);
    String writerInput = Scripts.lastUserText(requestsOf(run, "FinancialWriterAgent").get(0));
    assertFalse(writerInput.contains(failed), writerInput);
    List<String> others = new ArrayList<>(FinancialResearchScript.SEARCHES.values());
    others.remove(failed);
    assertTrue(writerInput.endsWith(FinancialResearchScript.json(others)), writerInput);
    assertTrue(run.result.startsWith("=====REPORT=====\n\n# Apple Inc."), run.result);
    assertTrue(run.result.endsWith(FinancialResearchScript.VERIFICATION.issues()), run.result);
  }
}
