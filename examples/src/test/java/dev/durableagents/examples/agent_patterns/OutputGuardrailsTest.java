package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputGuardrailsTest {

  @Test
  void aPhoneNumberInTheOutputTripsTheGuardrail() {
    SampleRun run = SampleRun.offline(new OutputGuardrails(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-OutputGuardrails", run);

    assertEquals(List.of("Assistant"), run.modelCallAgents());
    assertEquals(
        "[\"string\",\"null\"]",
        run.modelRequests
            .get(0)
            .outputSchema()
            .schema()
            .path("properties")
            .path("userName")
            .path("type")
            .toString());
    assertEquals(
        "Output guardrail triggered due to sensitive data detection. Info: "
            + "SensitiveData[phoneNumberInResponse=true, phoneNumberInReasoning=true]",
        run.result);
  }

  @Test
  void aCleanOutputPasses() {
    SampleRun run =
        SampleRun.offline(new OutputGuardrails(), List.of(OutputGuardrails.NORMAL_MESSAGE));

    assertEquals("Response: The capital of California is Sacramento.", run.result);
  }
}
