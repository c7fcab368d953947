package dev.durableagents.examples.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamTextTest {

  @Test
  void theClientPrintsTheTextAsItStreamsAndTheHistoryHasOneStreamedModelCall() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SampleRun run;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      run = SampleRun.offline(new StreamText(), List.of());
    } finally {
      System.setOut(original);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    RecordedHistories.recordIfAsked("streaming-StreamText", run);

    assertEquals(StreamText.OFFLINE_JOKES, run.result);
    assertEquals(List.of("InvokeModelStreaming"), run.activities());
    // What the subscriber printed: the whole answer, from its deltas, then the terminal marker.
    assertTrue(output.contains(StreamText.OFFLINE_JOKES + "\n[done]"), output);
    var request = run.modelRequests.get(0);
    assertEquals("Joker", request.agentName());
    assertEquals(List.of(Message.user(StreamText.DEFAULT_PROMPT)), request.input());
  }
}
