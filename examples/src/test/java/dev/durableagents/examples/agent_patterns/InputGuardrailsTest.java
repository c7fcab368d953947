package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputGuardrailsTest {

  @Test
  void mathHomeworkTripsTheGuardrailBeforeTheAgentRuns() {
    SampleRun run = SampleRun.offline(new InputGuardrails(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-InputGuardrails", run);

    // Only the guardrail's own agent called the model; the support agent never did.
    assertEquals(List.of("Guardrail check"), run.modelCallAgents());
    var check = run.modelRequests.get(0);
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
    assertEquals(
        List.of(Message.user(InputGuardrails.NORMAL_QUESTION)), run.modelRequests.get(1).input());
    assertEquals("The capital of California is Sacramento.", run.result);
  }
}
