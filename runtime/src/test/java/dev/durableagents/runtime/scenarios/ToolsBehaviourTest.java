package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelSettings;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agents as tools, in-workflow tools, tool-use behaviour and tool choice. */
class ToolsBehaviourTest {

  @Test
  void agentAsToolRunsTheAgentInTheSameWorkflow() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "agentsAsTools",
            "Translate 'I am full' to Spanish",
            toolCall("translate_to_spanish", "{\"input\":\"I am full\"}"),
            text("Estoy lleno"),
            text("The translation to Spanish is: Estoy lleno"));

    assertEquals("The translation to Spanish is: Estoy lleno", run.result);
    assertEquals(List.of("InvokeModel", "InvokeModel", "InvokeModel"), run.activities());
    assertEquals("Spanish Agent", run.requests.get(1).agentName());
    assertEquals(List.of(Message.user("I am full")), run.requests.get(1).input());
    assertEquals(
        new FunctionCallOutput("call_translate_to_spanish", "Estoy lleno"),
        run.requests.get(2).input().get(2));
  }

  @Test
  void inWorkflowToolRunsWithoutAnActivity() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("inWorkflowTool", "Roll", toolCall("roll", "{}"), text("Rolled"));

    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    FunctionCallOutput output = (FunctionCallOutput) run.requests.get(1).input().get(2);
    int value = Integer.parseInt(output.output());
    assertEquals(true, value >= 1 && value <= 6, output.output());
  }

  @Test
  void stopOnFirstToolMakesTheToolResultTheFinalOutput() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "stopOnFirstTool", "?", toolCall("lookup", "{\"query\":\"weather\"}"));

    assertEquals("found weather", run.result);
    assertEquals(List.of("InvokeModel", "Lookup.find"), run.activities());
  }

  @Test
  void stopAtToolsStopsOnlyAtTheNamedTools() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "stopAtTools", "?", toolCall("roll", "{}"), toolCall("lookup", "{\"query\":\"news\"}"));

    assertEquals("found news", run.result);
    assertEquals(List.of("InvokeModel", "InvokeModel", "Lookup.find"), run.activities());
  }

  @Test
  void customToolUseBehaviourDecides() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("customToolUse", "?", toolCall("lookup", "{\"query\":\"x\"}"));

    assertEquals("custom: found x", run.result);
  }

  @Test
  void toolResultTakenAsFinalOutputIsConvertedToTheOutputType() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("stopOnTypedTool", "?", toolCall("answer", "{}"));

    assertEquals("from tool (7)", run.result);
  }

  @Test
  void forcedToolChoiceIsResetAfterTheAgentUsedATool() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "toolChoiceReset", "?", toolCall("lookup", "{\"query\":\"x\"}"), text("Done"));

    assertEquals("required", run.requests.get(0).settings().toolChoice());
    assertNull(run.requests.get(1).settings().toolChoice());
    assertEquals(0.2, run.requests.get(1).settings().temperature());
  }

  @Test
  void resettingTheToolChoiceKeepsEveryOtherSetting() {
    // Issue 15 item 5: the reset used to rebuild the settings without their reasoning summary.
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "toolChoiceResetKeepsSettings",
            "?",
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("Done"));

    ModelSettings first = run.requests.get(0).settings();
    ModelSettings second = run.requests.get(1).settings();
    assertEquals("required", first.toolChoice());
    assertEquals("detailed", second.reasoningSummary());
    assertEquals(first.toBuilder().setToolChoice(null).build(), second);
  }

  @Test
  void toolMarkedToFailTheRunFailsIt() {
    WorkflowFailedException failed =
        ScenarioEnvironment.failing("failRunOnError", "?", toolCall("explode", "{}"));

    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("ToolCallFailed", cause.getType());
    assertEquals("Tool 'explode' failed: boom", cause.getOriginalMessage());
  }
}
