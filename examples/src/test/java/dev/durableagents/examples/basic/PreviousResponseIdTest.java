package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousResponseIdTest {

  @Test
  void followUpSendsOnlyItsQuestionWithThePreviousResponseId() {
    SampleRun run = SampleRun.offline(new PreviousResponseId(), List.of());
    RecordedHistories.recordIfAsked("basic-PreviousResponseId", run);

    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    var first = run.modelRequests.get(0);
    assertNull(first.previousResponseId());
    assertEquals(List.of(Message.user(PreviousResponseId.FIRST_QUESTION)), first.input());
    var second = run.modelRequests.get(1);
    assertEquals("resp_offline_1", second.previousResponseId());
    // The first exchange is on the model's server: only the follow-up is sent.
    assertEquals(List.of(Message.user(PreviousResponseId.FOLLOW_UP_QUESTION)), second.input());
    assertEquals("You are a helpful assistant. be VERY concise.", second.instructions());
    assertEquals("1. Brazil.\n2. Brasília.", run.result);
  }
}
