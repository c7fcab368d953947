package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloWorldTest {

  @Test
  void oneModelActivityAnswers() {
    SampleRun run = SampleRun.offline(new HelloWorld(), List.of());
    RecordedHistories.recordIfAsked("basic-HelloWorld", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    assertEquals(
        "A function calls itself,\nsmaller steps toward the base case,\nthe stack unwinds home.",
        run.result);
    var request = run.modelRequests.get(0);
    assertEquals("Assistant", request.agentName());
    assertEquals("You only respond in haikus.", request.instructions());
    assertEquals(List.of(Message.user(HelloWorld.DEFAULT_PROMPT)), request.input());
  }
}
