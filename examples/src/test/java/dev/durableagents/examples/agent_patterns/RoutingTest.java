package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {

  @Test
  void triageHandsOffToTheFrenchAgentWhichAnswersInTheSameRun() {
    SampleRun run = SampleRun.offline(new Routing(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-Routing", run);

    assertEquals(List.of("triage_agent", "french_agent"), run.modelCallAgents());
    var triage = run.modelRequests.get(0);
    assertEquals(
        List.of(
            "transfer_to_french_agent", "transfer_to_spanish_agent", "transfer_to_english_agent"),
        triage.handoffs().stream().map(FunctionToolSpec::name).toList());
    var french = run.modelRequests.get(1);
    assertEquals("You only speak French", french.instructions());
    assertEquals(Message.user(Routing.DEFAULT_MESSAGE), french.input().get(0));
    assertEquals(
        "transfer_to_french_agent",
        assertInstanceOf(FunctionCall.class, french.input().get(1)).name());
    assertEquals(
        "{\"assistant\":\"french_agent\"}",
        assertInstanceOf(FunctionCallOutput.class, french.input().get(2)).output());
    assertEquals("Response: Je vais très bien, merci ! Et vous ?", run.result);
  }
}
