package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static String usage(int requests) {
    return String.format(
        ". Usage: %d requests, %d input tokens, %d output tokens, %d total tokens",
        requests, requests * 10, requests * 5, requests * 15);
  }

  @Test
  void runHooksSeeEveryAgentWithTheUsageSoFar() {
    SampleRun run = SampleRun.offline(new Lifecycle(), List.of());
    RecordedHistories.recordIfAsked("basic-Lifecycle", run);

    assertEquals(
        List.of("InvokeModel", "InvokeModel", "InvokeModel", "InvokeModel"), run.activities());
    assertEquals(
        List.of("Start Agent", "Start Agent", "Multiply Agent", "Multiply Agent"),
        run.modelRequests.stream().map(r -> r.agentName()).toList());
    assertEquals(
        "Generate a random number between 0 and 250.",
        run.modelRequests.get(0).input().get(0) instanceof dev.durableagents.runtime.model.Message m
            ? m.text()
            : null);

    int drawn =
        Integer.parseInt(LifecycleScript.outputOf(run.modelRequests.get(1), "randomNumber"));
    int doubled = drawn * 2;
    assertEquals(
        "Final result: FinalResult[number="
            + doubled
            + "]\n\nHook events:\n"
            + String.join(
                "\n",
                "### 1: Agent Start Agent started" + usage(0),
                "### 2: Tool randomNumber started" + usage(1),
                "### 3: Tool randomNumber ended with result " + drawn + usage(1),
                "### 4: Handoff from Start Agent to Multiply Agent" + usage(2),
                "### 5: Agent Multiply Agent started" + usage(2),
                "### 6: Tool multiplyByTwo started" + usage(3),
                "### 7: Tool multiplyByTwo ended with result " + doubled + usage(3),
                "### 8: Agent Multiply Agent ended with output FinalResult[number="
                    + doubled
                    + "]"
                    + usage(4)),
        run.result);
  }
}
