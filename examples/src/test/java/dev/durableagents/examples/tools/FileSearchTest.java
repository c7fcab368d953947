package dev.durableagents.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSearchTest {

  @Test
  void theStoreGivenAtRunTimeIsSearchedWithThreeResultsIncluded() {
    SampleRun run = SampleRun.offline(new FileSearch(), List.of());
    RecordedHistories.recordIfAsked("tools-FileSearch", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals("File searcher", request.agentName());
    assertEquals(
        List.of(
            HostedTool.fileSearch(FileSearch.OFFLINE_VECTOR_STORE_ID)
                .withMaxNumResults(3)
                .withSearchResults()),
        request.hostedTools());
    assertEquals(List.of(Message.user(FileSearch.DEFAULT_QUESTION)), request.input());
    assertEquals(
        "Searched vs_offline_arrakis for [Arrakis facts]; found [arrakis.txt (0.92), spice.txt"
            + " (0.71)]\n\n"
            + "Arrakis has no open water, so its people wear stillsuits that reclaim their body's"
            + " moisture.",
        run.result);
  }

  @Test
  void anotherStoreAndQuestion() {
    SampleRun run =
        SampleRun.offline(
            new FileSearch(), List.of("Who", "rules", "Arrakis?", "--vector-store-id", "vs_mine"));

    var request = run.modelRequests.get(0);
    HostedTool.FileSearch search = (HostedTool.FileSearch) request.hostedTools().get(0);
    assertEquals(List.of("vs_mine"), search.vectorStoreIds());
    assertEquals(List.of(Message.user("Who rules Arrakis?")), request.input());
  }
}
