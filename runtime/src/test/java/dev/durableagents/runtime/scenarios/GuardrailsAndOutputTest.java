package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input and output guardrails, and structured output. */
class GuardrailsAndOutputTest {

  @Test
  void inputGuardrailRunsItsOwnAgentAndItsTripwireIsCaughtInTheWorkflow() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "inputGuardrail",
            "Can you help me solve for x: 2x + 5 = 11?",
            RunControlsTest.checkerAnswersAgentHangs(
                text("{\"isMathHomework\":true,\"reasoning\":\"an equation to solve\"}")));

    assertEquals(
        "Sorry, I can't help you with your math homework. (an equation to solve)", run.result);
    // The guardrail runs in parallel with the guarded agent's first model call, which its
    // tripwire cancels: only the guardrail's own call completed.
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    assertEquals(1, Histories.completedResults(run.history).size());
    ModelRequest check =
        run.requests.stream()
            .filter(r -> r.agentName().equals("Guardrail check"))
            .findFirst()
            .get();
    assertEquals("MathHomework", check.outputSchema().name());
  }

  @Test
  void inputGuardrailThatPassesLetsTheAgentAnswer() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "inputGuardrail",
            "What's the capital of California?",
            TestModel.answering(
                request ->
                    request.agentName().equals("Guardrail check")
                        ? text("{\"isMathHomework\":false,\"reasoning\":\"geography\"}")
                        : text("The capital of California is Sacramento.")));

    assertEquals("The capital of California is Sacramento.", run.result);
  }

  @Test
  void outputGuardrailTripwireFailsTheWorkflowWithItsType() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing(
            "outputGuardrail",
            "What's my phone number?",
            text(
                "{\"reasoning\":\"asked\",\"response\":\"It is 650-123-4567\",\"userName\":null}"));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("OutputGuardrailTripwireTriggered", cause.getType());
    assertTrue(cause.getOriginalMessage().contains("Output guardrail"), cause.getOriginalMessage());
    assertEquals("phone number in the response", cause.getDetails().get(1, String.class));
  }

  @Test
  void structuredOutputIsParsedIntoTheOutputType() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "structured", "?", text("{\"answer\":\"forty-two\",\"confidence\":9}"));

    assertEquals("forty-two (9)", run.result);
    assertEquals("Answer", run.requests.get(0).outputSchema().name());
    assertTrue(run.requests.get(0).outputSchema().strict());
  }

  @Test
  void outputThatDoesNotParseFailsTheRunWithATypedCause() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing("structured", "?", text("forty-two"));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("OutputParseException", cause.getType());
    assertTrue(cause.getOriginalMessage().startsWith("The model's output is not valid JSON"));
  }

  @Test
  void outputThatDoesNotParseIsReaskedWhenRetriesAreAllowed() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "structuredRetry",
            "?",
            text("{\"answer\":\"forty-two\"}"),
            text("{\"answer\":\"forty-two\",\"confidence\":9}"));

    assertEquals("forty-two (9)", run.result);
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    Message feedback = (Message) run.requests.get(1).input().get(2);
    assertEquals("user", feedback.role());
    assertTrue(
        feedback.text().contains("does not match the required JSON schema"), feedback.text());
  }
}
