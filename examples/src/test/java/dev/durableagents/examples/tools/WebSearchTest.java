package dev.durableagents.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebSearchTest {

  static HostedTool.WebSearch searchIn(String city) {
    return HostedTool.webSearch()
        .withUserLocation(new HostedTool.WebSearch.UserLocation(city, null, null, null));
  }

  @Test
  void theSearchIsLocalizedToTheDefaultCity() {
    SampleRun run = SampleRun.offline(new WebSearch(), List.of());
    RecordedHistories.recordIfAsked("tools-WebSearch", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals("Web searcher", request.agentName());
    assertEquals(List.of(searchIn("New York")), request.hostedTools());
    assertEquals(List.of(Message.user(WebSearch.DEFAULT_QUESTION)), request.input());
    assertEquals(
        "Searched the web for [local sports news New York]\n\n"
            + "(offline) I searched for local sports news in New York; an offline model finds no"
            + " real news, so here is none to report.",
        run.result);
  }

  @Test
  void theCityIsAnArgument() {
    SampleRun run =
        SampleRun.offline(new WebSearch(), List.of("--city", "Paris", "Any", "rugby", "news?"));

    var request = run.modelRequests.get(0);
    assertEquals(List.of(searchIn("Paris")), request.hostedTools());
    assertEquals(List.of(Message.user("Any rugby news?")), request.input());
    assertEquals(
        "Searched the web for [local sports news Paris]", run.result.lines().findFirst().get());
  }
}
