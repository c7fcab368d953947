package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.AgentFailures;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.ToolInputGuardrailTripwireTriggered;
import dev.durableagents.runtime.ToolOutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowFailedException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Guardrails as the Agents SDK runs them, max turns handlers and run-level handoff filters. */
class RunControlsTest {

  static final ModelResponse HOMEWORK =
      text("{\"isMathHomework\":true,\"reasoning\":\"an equation to solve\"}");
  static final ModelResponse NOT_HOMEWORK =
      text("{\"isMathHomework\":false,\"reasoning\":\"geography\"}");

  /**
   * The checker answers at once; the guarded agent's call hangs until the test environment shuts
   * down, so only a cancellation can end it before the run does.
   */
  static TestModel checkerAnswersAgentHangs(ModelResponse verdict) {
    CountDownLatch never = new CountDownLatch(1);
    return TestModel.answering(
        request -> {
          if (request.agentName().equals("Guardrail check")) {
            return verdict;
          }
          try {
            never.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return text("too late");
        });
  }

  @Test
  void aParallelGuardrailsTripwireCancelsTheModelCallUnderWay() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "parallelGuardrail", "Solve 2x + 5 = 11", checkerAnswersAgentHangs(HOMEWORK));

    assertEquals("tripped by Homework", run.result);
    // Both model calls were scheduled together: the guardrail's agent and the guarded agent.
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    List<HistoryEvent> scheduled =
        Histories.events(run.history, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
    List<HistoryEvent> cancelRequested =
        Histories.events(run.history, EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED);
    assertEquals(1, cancelRequested.size());
    long guardedCall = scheduled.get(1).getEventId();
    assertEquals(
        guardedCall,
        cancelRequested
            .get(0)
            .getActivityTaskCancelRequestedEventAttributes()
            .getScheduledEventId());
    // Only the checker's call completed; the guarded agent's never did.
    List<HistoryEvent> completed =
        Histories.events(run.history, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED);
    assertEquals(1, completed.size());
    assertEquals(
        scheduled.get(0).getEventId(),
        completed.get(0).getActivityTaskCompletedEventAttributes().getScheduledEventId());
    assertTrue(Histories.text(run.history).contains("durable-agents.parallel-input-guardrails"));
  }

  @Test
  void aParallelGuardrailThatPassesLetsTheFirstResponseThrough() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "parallelGuardrail",
            "What's the capital of California?",
            TestModel.answering(
                request ->
                    request.agentName().equals("Guardrail check")
                        ? NOT_HOMEWORK
                        : text("Sacramento.")));

    assertEquals("Sacramento.", run.result);
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    assertTrue(
        Histories.events(run.history, EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED)
            .isEmpty());
  }

  @Test
  void aResponseThatArrivesBeforeTheGuardrailTripsIsNeverUsed() {
    // The model asks for a tool at once; the guardrail trips a minute (of workflow time) later.
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "slowGuardrail", "x marks the spot", toolCall("lookup", "{\"query\":\"x\"}"));

    assertEquals("input tripwire Slow", run.result);
    assertEquals(List.of("InvokeModel"), run.activities()); // the tool never ran
  }

  @Test
  void aBlockingGuardrailRunsBeforeAnyModelCall() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("blockingGuardrail", "Solve 2x + 5 = 11", HOMEWORK);

    assertEquals("input tripwire Homework", run.result);
    assertEquals(List.of("InvokeModel"), run.activities());
    assertEquals("Guardrail check", run.requests.get(0).agentName());
  }

  @Test
  void runLevelGuardrailsCheckInputAndOutput() {
    ScenarioEnvironment secret = ScenarioEnvironment.run("runGuardrails", "tell me the secret");
    assertTrue(secret.result.startsWith("input tripwire "), secret.result);
    assertEquals(List.of(), secret.activities());

    ScenarioEnvironment phone =
        ScenarioEnvironment.run("runGuardrails", "call me", text("Call 650-123-4567"));
    assertTrue(phone.result.startsWith("output tripwire "), phone.result);
    assertTrue(phone.result.endsWith(": phone number"), phone.result);

    ScenarioEnvironment fine = ScenarioEnvironment.run("runGuardrails", "hi", text("Hello!"));
    assertEquals("Hello!", fine.result);
  }

  @Test
  void theMaxTurnsHandlerEndsTheRunWithAFinalOutput() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "maxTurnsHandler",
            "loop",
            toolCall("lookup", "{\"query\":\"a\"}"),
            toolCall("lookup", "{\"query\":\"b\"}"));

    assertEquals("Looper stopped after 2 turns, 4 items", run.result);
    assertEquals(
        List.of("InvokeModel", "Lookup.find", "InvokeModel", "Lookup.find"), run.activities());
  }

  @Test
  void theRunsHandoffInputFilterAppliesToHandoffsWithoutOne() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "runHandoffFilter",
            "Busca el tiempo",
            toolCall("lookup", "{\"query\":\"weather\"}"),
            toolCall("transfer_to_spanish_agent", "{}"),
            text("Hace sol"));

    List<Item> seenBySpanish = run.requests.get(2).input();
    assertEquals(1, seenBySpanish.size(), seenBySpanish.toString());
    assertTrue(run.result.startsWith("Hace sol / items: MessageOutputItem"), run.result);
    assertFalse(run.result.contains("ToolCall"), run.result);
  }

  @Test
  void disabledToolsAndHandoffsAreNotOfferedAndCallsToThemFail() {
    ScenarioEnvironment basic =
        ScenarioEnvironment.run("isEnabled", "basic", toolCall("roll", "{}"), text("ok"));
    assertEquals(List.of("lookup"), toolNames(basic.requests.get(0)));
    assertTrue(basic.requests.get(0).handoffs().isEmpty());
    String output = lastToolOutput(basic.requests.get(1));
    assertEquals("Error: there is no tool named 'roll'. Available tools: [lookup]", output);

    ScenarioEnvironment premium = ScenarioEnvironment.run("isEnabled", "premium", text("ok"));
    assertEquals(List.of("lookup", "roll"), toolNames(premium.requests.get(0)));
    assertEquals(
        List.of("transfer_to_spanish_agent"),
        premium.requests.get(0).handoffs().stream().map(h -> h.name()).toList());
  }

  @Test
  void aToolsFailureMessageIsWhatTheModelGets() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "failureMessage",
            "?",
            toolCall("lookup", "{\"query\":\"explode\"}"),
            text("I don't know."));

    assertEquals(
        "Lookup is down (the lookup service is down); answer from what you know.",
        lastToolOutput(run.requests.get(1)));
  }

  @Test
  void anAgentToolTakesAStructuredInputAndRunsWithItsOwnConfig() {
    TestModel model =
        TestModel.answering(
            request -> {
              if (request.agentName().equals("Researcher")) {
                return toolCall("lookup", "{\"query\":\"tides\"}");
              }
              return request.input().size() == 1
                  ? toolCall("research", "{\"topic\":\"tides\",\"depth\":2}")
                  : text("done");
            });
    ScenarioEnvironment run = ScenarioEnvironment.run("structuredAgentTool", "Study tides", model);

    // Only the nested run has the hooks; they saw the calling run's context.
    assertEquals("done / [start Researcher]", run.result);
    ModelRequest lead = run.requests.get(0);
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"topic\":{\"type\":\"string\"},"
            + "\"depth\":{\"type\":\"integer\"}},\"required\":[\"topic\",\"depth\"],"
            + "\"additionalProperties\":false}",
        lead.tools().get(0).parameters().toString());
    ModelRequest nested =
        run.requests.stream().filter(r -> r.agentName().equals("Researcher")).findFirst().get();
    assertEquals(List.of(Message.user("{\"topic\":\"tides\",\"depth\":2}")), nested.input());
    // The nested run's max turns (1) and handler: its answer is the handler's.
    assertEquals(
        "research stopped after 1 turn", lastToolOutput(run.requests.get(run.requests.size() - 1)));
  }

  @Test
  void toolGuardrailsRejectContentOrStopTheRun() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "toolGuardrails",
            "?",
            TestModel.response(
                new dev.durableagents.runtime.model.FunctionCall(
                    "c1", "lookup", "{\"query\":\"secret\"}", null),
                new dev.durableagents.runtime.model.FunctionCall(
                    "c2", "lookup", "{\"query\":\"classified\"}", null),
                new dev.durableagents.runtime.model.FunctionCall(
                    "c3", "lookup", "{\"query\":\"weather\"}", null)),
            text("done"));

    assertEquals("done", run.result);
    // The rejected input never reached the tool; the other two ran.
    assertEquals(
        List.of("InvokeModel", "Lookup.find", "Lookup.find", "InvokeModel"), run.activities());
    List<Item> input = run.requests.get(1).input();
    List<String> outputs =
        input.stream()
            .filter(i -> i instanceof FunctionCallOutput)
            .map(i -> ((FunctionCallOutput) i).output())
            .toList();
    assertEquals(
        List.of("Lookups of secrets are not allowed.", "[redacted]", "found weather"), outputs);

    WorkflowFailedException inputTripped =
        ScenarioEnvironment.failing(
            "toolGuardrails", "?", toolCall("lookup", "{\"query\":\"forbidden\"}"));
    ToolInputGuardrailTripwireTriggered in =
        assertInstanceOf(
            ToolInputGuardrailTripwireTriggered.class, AgentFailures.from(inputTripped));
    assertEquals("lookup", in.toolName());
    assertEquals("forbidden", in.outputInfo());

    WorkflowFailedException outputTripped =
        ScenarioEnvironment.failing(
            "toolGuardrails", "?", toolCall("lookup", "{\"query\":\"leak\"}"));
    ToolOutputGuardrailTripwireTriggered out =
        assertInstanceOf(
            ToolOutputGuardrailTripwireTriggered.class, AgentFailures.from(outputTripped));
    assertEquals("NoLeaks", out.guardrailName());
    assertEquals("lookup", out.toolName());
  }

  static List<String> toolNames(ModelRequest request) {
    return request.tools().stream().map(t -> t.name()).toList();
  }

  static String lastToolOutput(ModelRequest request) {
    Item last = request.input().get(request.input().size() - 1);
    return ((FunctionCallOutput) last).output();
  }
}
