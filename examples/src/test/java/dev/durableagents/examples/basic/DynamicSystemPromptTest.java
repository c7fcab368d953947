package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.Message;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamicSystemPromptTest {

  @Test
  void givenStyleBecomesTheInstructions() {
    SampleRun run =
        SampleRun.offline(
            new DynamicSystemPrompt(), List.of("--style", "pirate", "Tell", "me", "a", "joke."));

    assertEquals(List.of("InvokeModel"), run.activities());
    var request = run.modelRequests.get(0);
    assertEquals("Chat agent", request.agentName());
    assertEquals("Respond as a pirate.", request.instructions());
    assertEquals(List.of(Message.user("Tell me a joke.")), request.input());
    assertEquals(
        "Style: pirate\nResponse: Arr, why did the pirate learn Java? For the treasure of the JVM!",
        run.result);
  }

  @Test
  void styleDrawnInTheWorkflowDrivesTheInstructions() {
    SampleRun run = SampleRun.offline(new DynamicSystemPrompt(), List.of());
    RecordedHistories.recordIfAsked("basic-DynamicSystemPrompt", run);

    Map<String, String> instructions =
        Map.of(
            "haiku", "Only respond in haikus.",
            "pirate", "Respond as a pirate.",
            "robot", "Respond as a robot and say 'beep boop' a lot.");
    String style = run.result.lines().findFirst().orElseThrow().replace("Style: ", "");
    assertTrue(instructions.containsKey(style), run.result);
    assertEquals(instructions.get(style), run.modelRequests.get(0).instructions());
  }

  @Test
  void unknownStyleFailsTheWorkflow() {
    DynamicSystemPrompt sample = new DynamicSystemPrompt();
    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () ->
                SampleRun.with(
                    sample,
                    List.of("--style", "opera"),
                    new TestModelProvider(sample.offlineModel(List.of())),
                    600,
                    sample::register));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("InvalidStyle", cause.getType());
    assertEquals(
        "Invalid style: opera. Must be one of: haiku, pirate, robot", cause.getOriginalMessage());
  }
}
