package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.response;
import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handoffs: the model's handoff call switches the agent; every switch shows in the requests. */
class HandoffsTest {

  @Test
  void handoffSwitchesTheAgentAndTheNextModelCallIsTheTargets() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "handoff",
            "Hola, ¿cómo estás?",
            toolCall("transfer_to_spanish_agent", "{}"),
            text("¡Estoy bien!"));

    assertEquals("Spanish Agent: ¡Estoy bien!", run.result);
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    ModelRequest first = run.requests.get(0);
    assertEquals("Triage Agent", first.agentName());
    List<String> handoffNames = first.handoffs().stream().map(FunctionToolSpec::name).toList();
    assertEquals(List.of("transfer_to_spanish_agent", "transfer_to_english_agent"), handoffNames);
    assertEquals(
        "Handoff to the Spanish Agent agent to handle the request. Speaks Spanish.",
        first.handoffs().get(0).description());
    ModelRequest second = run.requests.get(1);
    assertEquals("Spanish Agent", second.agentName());
    assertEquals("You only speak Spanish.", second.instructions());
    assertEquals(
        new FunctionCallOutput(
            "call_transfer_to_spanish_agent", "{\"assistant\":\"Spanish Agent\"}"),
        second.input().get(2));
  }

  @Test
  void eachHandoffGoesToItsOwnTarget() {
    // temporalio/sdk-python#1310: every handoff went to the last agent of the list.
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "multipleHandoffs", "Plan it", toolCall("transfer_to_planner", "{}"), text("The plan"));

    assertEquals("Planner: The plan", run.result);
    assertEquals("Planner", run.requests.get(1).agentName());
  }

  @Test
  void onlyTheFirstHandoffOfAResponseIsTaken() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "handoff",
            "?",
            response(
                new FunctionCall("a", "transfer_to_english_agent", "{}", null),
                new FunctionCall("b", "transfer_to_spanish_agent", "{}", null)),
            text("Hello"));

    assertEquals("English Agent: Hello", run.result);
    List<Item> input = run.requests.get(1).input();
    assertTrue(
        input.contains(
            new FunctionCallOutput("b", "Multiple handoffs detected, ignoring this one.")));
    assertTrue(input.contains(new FunctionCallOutput("a", "{\"assistant\":\"English Agent\"}")));
  }

  @Test
  void inputFilterRemovesToolsFromWhatTheNextAgentSees() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "handoffFilter",
            "Busca el tiempo",
            toolCall("lookup", "{\"query\":\"weather\"}"),
            toolCall("transfer_to_spanish_agent", "{}"),
            text("Hace sol"));

    assertEquals(
        List.of("InvokeModel", "Lookup.find", "InvokeModel", "InvokeModel"), run.activities());
    List<Item> seenBySpanish = run.requests.get(2).input();
    assertEquals(1, seenBySpanish.size(), seenBySpanish.toString());
    assertTrue(run.result.startsWith("Hace sol / items: MessageOutputItem"), run.result);
    assertFalse(run.result.contains("ToolCall"), run.result);
  }

  @Test
  void onHandoffHookReceivesTypedInputAndChangesTheContext() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "handoffHook",
            "My order is lost",
            toolCall("escalate", "{\"reason\":\"lost order\",\"priority\":2}"),
            text("We will find it."));

    assertEquals("Support [lost order, 2]: We will find it.", run.result);
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\"},\"priority\":"
            + "{\"type\":\"integer\"}},\"required\":[\"reason\",\"priority\"],"
            + "\"additionalProperties\":false}",
        run.requests.get(0).handoffs().get(0).parameters().toString());
  }

  @Test
  void handoffsMayCycle() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "handoffCycle",
            "?",
            toolCall("transfer_to_faq_agent", "{}"),
            toolCall("transfer_to_triage_agent", "{}"),
            text("Back at triage"));

    assertEquals("Triage Agent: Back at triage", run.result);
    assertEquals(
        List.of("Triage Agent", "FAQ Agent", "Triage Agent"),
        run.requests.stream().map(ModelRequest::agentName).toList());
  }
}
