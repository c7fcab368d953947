package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.AgentFailures;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.MaxTurnsExceeded;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelRefusal;
import dev.durableagents.runtime.OutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.ToolCallFailed;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client decodes the failure of a run into the typed exceptions with {@link AgentFailures}: each
 * test fails a real run and decodes the {@code WorkflowFailedException} the client caught.
 */
class AgentFailuresTest {

  static WorkflowFailedException failing(String scenario, String input, TestModel model) {
    try {
      ScenarioEnvironment.run(scenario, input, model);
    } catch (WorkflowFailedException e) {
      return e;
    }
    throw new AssertionError("scenario " + scenario + " did not fail");
  }

  @Test
  void anInputGuardrailTripwireNamesTheGuardrailAndItsOutputInfo() {
    WorkflowFailedException failed =
        failing("uncaughtInputGuardrail", "the secret", TestModel.returning());

    InputGuardrailTripwireTriggered tripped =
        assertInstanceOf(InputGuardrailTripwireTriggered.class, AgentFailures.from(failed));
    assertEquals("NoSecrets", tripped.guardrailName());
    assertEquals(Map.of("word", "secret"), tripped.outputInfo());
    assertTrue(tripped.getMessage().contains("NoSecrets"), tripped.getMessage());
    assertSame(failed.getCause(), tripped.getCause());
  }

  @Test
  void anOutputGuardrailTripwireNamesTheGuardrail() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing(
            "outputGuardrail",
            "What's my phone number?",
            text(
                "{\"reasoning\":\"asked\",\"response\":\"It is 650-123-4567\",\"userName\":null}"));

    OutputGuardrailTripwireTriggered tripped =
        assertInstanceOf(OutputGuardrailTripwireTriggered.class, AgentFailures.from(failed));
    assertEquals("phone number in the response", tripped.outputInfo());
    assertTrue(tripped.guardrailName().length() > 0);
  }

  @Test
  void maxTurnsCarriesTheLimitAndTheAgent() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing("maxTurns", "loop", toolCall("lookup", "{\"query\":\"a\"}"));

    MaxTurnsExceeded max = assertInstanceOf(MaxTurnsExceeded.class, AgentFailures.from(failed));
    assertEquals(1, max.maxTurns());
    assertEquals("Looper", max.agentName());
  }

  @Test
  void aRefusalEndsTheRunTyped() {
    Message refusal =
        new Message("assistant", List.of(new ContentPart.Refusal("I can't help with that.")), "m");
    WorkflowFailedException failed =
        failing("plain", "something bad", TestModel.returning(TestModel.response(refusal)));

    ModelRefusal refused = assertInstanceOf(ModelRefusal.class, AgentFailures.from(failed));
    assertEquals("Assistant", refused.agentName());
    assertEquals("I can't help with that.", refused.refusal());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("ModelRefusal", cause.getType());
  }

  @Test
  void aNonRetryableModelErrorCarriesItsTypeAndStatus() {
    TestModel badRequest =
        TestModel.answering(
            request -> {
              throw new ModelException(
                  "OpenAI API error 400: bad input",
                  "OpenAINonRetryableError",
                  false,
                  null,
                  400,
                  null);
            });
    WorkflowFailedException failed = failing("plain", "hi", badRequest);

    ModelException model = assertInstanceOf(ModelException.class, AgentFailures.from(failed));
    assertEquals("OpenAINonRetryableError", model.type());
    assertFalse(model.retryable());
    assertEquals(400, model.status());
    assertEquals("OpenAI API error 400: bad input", model.getMessage());
    assertInstanceOf(ActivityFailure.class, model.getCause());
  }

  @Test
  void aModelErrorWithoutAnHttpResponseHasNoStatus() {
    WorkflowFailedException failed = failing("plain", "hi", TestModel.returning());

    ModelException model = assertInstanceOf(ModelException.class, AgentFailures.from(failed));
    assertEquals(TestModel.SCRIPT_EXHAUSTED, model.type());
    assertNull(model.status());
  }

  @Test
  void anInWorkflowToolThatFailsTheRunIsNamed() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing("failRunOnError", "?", toolCall("explode", "{}"));

    ToolCallFailed tool = assertInstanceOf(ToolCallFailed.class, AgentFailures.from(failed));
    assertEquals("explode", tool.toolName());
  }

  @Test
  void aToolActivityThatFailsTheRunIsNamedWithItsFailureAsTheCause() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing(
            "failingToolActivity", "?", toolCall("lookup", "{\"query\":\"explode\"}"));

    ToolCallFailed tool = assertInstanceOf(ToolCallFailed.class, AgentFailures.from(failed));
    assertEquals("lookup", tool.toolName());
    assertTrue(tool.getMessage().contains("the lookup service is down"), tool.getMessage());
    ApplicationFailure typed = assertInstanceOf(ApplicationFailure.class, tool.getCause());
    assertInstanceOf(ActivityFailure.class, typed.getCause());
  }

  @Test
  void otherFailuresDecodeToNothing() {
    assertNull(AgentFailures.from(ApplicationFailure.newFailure("no", "SomethingElse")));
    assertNull(AgentFailures.from(new IllegalStateException("no")));
    // A failure built in process (not read from a server) decodes too.
    MaxTurnsExceeded max =
        assertInstanceOf(
            MaxTurnsExceeded.class,
            AgentFailures.from(
                ApplicationFailure.newBuilder()
                    .setType("MaxTurnsExceeded")
                    .setMessage("too many")
                    .setDetails(3, "Agent")
                    .build()));
    assertEquals(3, max.maxTurns());
  }
}
