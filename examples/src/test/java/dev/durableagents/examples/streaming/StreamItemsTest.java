package dev.durableagents.examples.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamItemsTest {

  @Test
  void theClientPrintsEachItemEventAsItCompletesAndTheWorkflowRepublishesThem() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SampleRun run;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      run = SampleRun.offline(new StreamItems(), List.of());
    } finally {
      System.setOut(original);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    RecordedHistories.recordIfAsked("streaming-StreamItems", run);

    assertEquals(
        List.of("InvokeModelStreaming", "JokeTools.howManyJokes", "InvokeModelStreaming"),
        run.activities().stream().map(a -> a.replaceAll("^.*_JokeTools", "JokeTools")).toList());
    int count = Integer.parseInt(run.result.replaceAll("(?s)^Here are (\\d+) jokes:.*", "$1"));
    assertTrue(count >= 1 && count <= 10, run.result);

    List<String> lines = output.lines().toList();
    int agent = lines.indexOf("Agent updated: Joker");
    int called = lines.indexOf("-- Tool was called: how_many_jokes");
    int toolOutput = lines.indexOf("-- Tool output: " + count);
    int text = indexOfPrefix(lines, "-- Text: Here are " + count + " jokes:");
    int message = lines.indexOf("-- Message output: " + (count + 1) + " lines");
    int complete = lines.indexOf("=== Run complete ===");
    assertTrue(
        0 <= agent
            && agent < called
            && called < toolOutput
            && toolOutput < text
            && text < message
            && message < complete,
        output);
    assertTrue(lines.contains("  tool_output: " + count), output);
    assertTrue(lines.contains("  message_output: Here are " + count + " jokes:"), output);
  }

  private static int indexOfPrefix(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
