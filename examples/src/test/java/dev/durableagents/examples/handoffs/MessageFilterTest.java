package dev.durableagents.examples.handoffs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFilterTest {

  @Test
  void theSpanishAssistantSeesTheConversationWithoutToolsAndItsFirstTwoMessages() {
    SampleRun run = SampleRun.offline(new MessageFilter(), List.of());
    RecordedHistories.recordIfAsked("handoffs-MessageFilter", run);

    // The random-number tool runs in the workflow: six model calls are the only activities.
    assertEquals(6, run.activities().size());
    assertEquals(
        List.of(
            "Assistant", "Assistant", "Assistant", "Assistant", "Assistant", "Spanish Assistant"),
        run.modelCallAgents());
    ModelRequest afterTool = run.modelRequests.get(2);
    String number = assertInstanceOf(FunctionCallOutput.class, last(afterTool.input())).output();
    int drawn = Integer.parseInt(number);
    assertTrue(drawn >= 0 && drawn <= 100, number);
    assertEquals(
        List.of("transfer_to_spanish_assistant"),
        run.modelRequests.get(4).handoffs().stream().map(h -> h.name()).toList());

    ModelRequest spanish = run.modelRequests.get(5);
    assertEquals("You only speak Spanish and are extremely concise.", spanish.instructions());
    assertTrue(
        spanish.input().stream()
            .noneMatch(i -> i instanceof FunctionCall || i instanceof FunctionCallOutput),
        "no tool items reach the Spanish assistant");
    assertEquals(
        Message.user("Can you generate a random number between 0 and 100?"),
        spanish.input().get(0));
    assertFalse(text(spanish.input()).contains("Sora"), text(spanish.input()));
    assertEquals(
        Message.user("Por favor habla en español. ¿Cuál es mi nombre y dónde vivo?"),
        last(spanish.input()));

    assertTrue(run.result.startsWith(MessageFilterScript.SPANISH_ANSWER + "\n\nFinal messages:\n"));
    assertTrue(run.result.contains("assistant: Your random number is " + drawn + "."), run.result);
    assertTrue(
        run.result.endsWith("  assistant: " + MessageFilterScript.SPANISH_ANSWER), run.result);
    assertFalse(run.result.contains("Sora"), run.result);
  }

  private static Item last(List<Item> items) {
    return items.get(items.size() - 1);
  }

  private static String text(List<Item> items) {
    StringBuilder text = new StringBuilder();
    items.forEach(i -> text.append(i instanceof Message m ? m.text() : "").append('\n'));
    return text.toString();
  }
}
