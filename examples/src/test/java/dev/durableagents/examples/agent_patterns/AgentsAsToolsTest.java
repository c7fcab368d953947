package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentsAsToolsTest {

  private static ModelRequest requestOf(SampleRun run, String agent, int n) {
    return run.modelRequests.stream().filter(r -> r.agentName().equals(agent)).toList().get(n);
  }

  @Test
  void translatorAgentsRunAsToolsInParallelThenTheSynthesizerReadsTheConversation() {
    SampleRun run = SampleRun.offline(new AgentsAsTools(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-AgentsAsTools", run);

    // The nested agents' model calls are activities of this workflow, in the order of the calls.
    assertEquals(
        List.of(
            "orchestrator_agent",
            "spanish_agent",
            "french_agent",
            "orchestrator_agent",
            "synthesizer_agent"),
        run.modelCallAgents());
    List<Long> tasks = run.schedulingTasks();
    assertEquals(tasks.get(1), tasks.get(2), "the two translators start together");
    assertNotEquals(tasks.get(0), tasks.get(1));

    ModelRequest first = requestOf(run, "orchestrator_agent", 0);
    assertEquals(
        List.of("translate_to_spanish", "translate_to_french", "translate_to_italian"),
        first.tools().stream().map(FunctionToolSpec::name).toList());
    assertEquals(
        List.of(Message.user("Good morning, how are you?")),
        requestOf(run, "spanish_agent", 0).input());

    // The translations go back to the orchestrator in the order of its calls.
    List<?> input = requestOf(run, "orchestrator_agent", 1).input();
    FunctionCallOutput es = assertInstanceOf(FunctionCallOutput.class, input.get(3));
    FunctionCallOutput fr = assertInstanceOf(FunctionCallOutput.class, input.get(4));
    assertEquals("call_es", es.callId());
    assertEquals("Buenos días, ¿cómo estás?", es.output());
    assertEquals("call_fr", fr.callId());
    assertEquals("Bonjour, comment allez-vous ?", fr.output());

    // The synthesizer sees the whole conversation: message, two calls, two outputs, answer.
    ModelRequest synthesizer = requestOf(run, "synthesizer_agent", 0);
    assertEquals(6, synthesizer.input().size());
    assertEquals(Message.user(AgentsAsTools.DEFAULT_MESSAGE), synthesizer.input().get(0));
    assertEquals(
        "Spanish: Buenos días, ¿cómo estás?\nFrench: Bonjour, comment allez-vous ?", run.result);
  }
}
