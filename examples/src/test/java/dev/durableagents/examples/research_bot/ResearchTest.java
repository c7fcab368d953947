package dev.durableagents.examples.research_bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.research_bot.ResearchAgents.WebSearchItem;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResearchTest {

  private static final List<WebSearchItem> PLAN = List.copyOf(ResearchScript.SEARCHES.keySet());

  private static List<ModelRequest> requestsOf(SampleRun run, String agent) {
    return run.modelRequests.stream().filter(r -> r.agentName().equals(agent)).toList();
  }

  private static String searchInput(WebSearchItem item) {
    return "Search term: " + item.query() + "\nReason for searching: " + item.reason();
  }

  @Test
  void plansSearchesRunsThemAllAtOnceThenWritesTheReport() {
    SampleRun run = SampleRun.offline(new Research(), List.of());
    RecordedHistories.recordIfAsked("research_bot-Research", run);

    List<String> agents = new ArrayList<>();
    agents.add("PlannerAgent");
    agents.addAll(Collections.nCopies(PLAN.size(), "Search agent"));
    agents.add("WriterAgent");
    assertEquals(agents, run.modelCallAgents());
    assertEquals(Collections.nCopies(agents.size(), "InvokeModel"), run.activities());

    // The five searches are scheduled by one workflow task: they run in parallel.
    List<Long> tasks = run.schedulingTasks();
    assertEquals(1, Set.copyOf(tasks.subList(1, 1 + PLAN.size())).size(), tasks.toString());
    assertNotEquals(tasks.get(0), tasks.get(1));
    assertNotEquals(tasks.get(PLAN.size()), tasks.get(PLAN.size() + 1));

    ModelRequest planner = requestsOf(run, "PlannerAgent").get(0);
    assertEquals("gpt-4o", planner.model());
    assertEquals("WebSearchPlan", planner.outputSchema().name());
    assertEquals(List.of(Message.user("Query: " + Research.DEFAULT_QUERY)), planner.input());

    // Each search agent gets one planned search and the hosted web search, which it must use.
    List<ModelRequest> searches = requestsOf(run, "Search agent");
    for (ModelRequest search : searches) {
      assertEquals(List.of(HostedTool.webSearch()), search.hostedTools());
      assertEquals("required", search.settings().toolChoice());
      assertTrue(search.tools().isEmpty());
    }
    assertEquals(
        PLAN.stream().map(ResearchTest::searchInput).collect(Collectors.toSet()),
        searches.stream().map(Scripts::lastUserText).collect(Collectors.toSet()));
    // The provider's search items travel through the model activities' results.
    assertTrue(run.historyText().contains("web_search_call"));

    // The writer gets the summaries in the order of the plan, whatever order they finished in.
    ModelRequest writer = requestsOf(run, "WriterAgent").get(0);
    assertEquals("o3-mini", writer.model());
    assertEquals("ReportData", writer.outputSchema().name());
    assertEquals(
        "Original query: "
            + Research.DEFAULT_QUERY
            + "\nSummarized search results: "
            + ResearchScript.json(List.copyOf(ResearchScript.SEARCHES.values())),
        Scripts.lastUserText(writer));

    assertEquals(ResearchScript.REPORT.markdownReport(), run.result);
  }

  @Test
  void aSearchThatFailsIsLeftOutOfTheReport() {
    WebSearchItem failing = PLAN.get(3);
    TestModel script = ResearchScript.model();
    TestModel model =
        TestModel.answering(
            request -> {
              if (Scripts.lastUserText(request).equals(searchInput(failing))) {
                throw new ModelException("search backend down", "SearchDown", false, null, null);
              }
              return script.getResponse(request);
            });

    SampleRun run = SampleRun.withModel(new Research(), List.of(), model);

    assertEquals(PLAN.size() + 2, run.modelCallAgents().size());
    String writerInput = Scripts.lastUserText(requestsOf(run, "WriterAgent").get(0));
    assertFalse(writerInput.contains(ResearchScript.SEARCHES.get(failing)), writerInput);
    List<String> others = new ArrayList<>(ResearchScript.SEARCHES.values());
    others.remove(ResearchScript.SEARCHES.get(failing));
    assertTrue(writerInput.endsWith(ResearchScript.json(others)), writerInput);
    assertEquals(ResearchScript.REPORT.markdownReport(), run.result);
  }
}
