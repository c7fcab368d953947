package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputGuardrailsTest {

  @Test
  void mathHomeworkTripsTheGuardrailAndTheAgentsAnswerIsNeverUsed() {
    SampleRun run = SampleRun.offline(new InputGuardrails(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-InputGuardrails", run);

    // The guardrail's own agent and the support agent's first call were scheduled together; the
    // tripwire cancels the support agent's call if it is still under way, and the run refuses.
    assertEquals(List.of("Guardrail check", "Customer support agent"), run.modelCallAgents());
    var check =
        run.modelRequests.stream()
            .filter(r -> r.agentName().equals("Guardrail check"))
            .findFirst()
            .orElseThrow();
    assertEquals("MathHomeworkOutput", check.outputSchema().name());
    assertEquals(List.of(Message.user(InputGuardrails.MATH_QUESTION)), check.input());
    assertEquals(InputGuardrailsWorkflowImpl.REFUSAL, run.result);
  }

  @Test
  void aNormalQuestionPassesTheGuardrail() {
    List<String> args = List.of(InputGuardrails.NORMAL_QUESTION);
    SampleRun run = SampleRun.offline(new InputGuardrails(), args);
    RecordedHistories.recordIfAsked("agent_patterns-InputGuardrails-normal", run);

    assertEquals(List.of("Guardrail check", "Customer support agent"), run.modelCallAgents());
    var support =
        run.modelRequests.stream()
            .filter(r -> r.agentName().equals("Customer support agent"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(Message.user(InputGuardrails.NORMAL_QUESTION)), support.input());
    assertEquals("The capital of California is Sacramento.", run.result);
  }
}
