package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.FunctionToolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentLifecycleTest {

  @Test
  void perAgentHooksSeeToolsHandoffAndEndInOrder() {
    SampleRun run = SampleRun.offline(new AgentLifecycle(), List.of("250"));
    RecordedHistories.recordIfAsked("basic-AgentLifecycle", run);

    // In-workflow tools run in the workflow: only the model calls are activities.
    assertEquals(
        List.of("InvokeModel", "InvokeModel", "InvokeModel", "InvokeModel"), run.activities());
    assertEquals(
        List.of("Start Agent", "Start Agent", "Multiply Agent", "Multiply Agent"),
        run.modelRequests.stream().map(r -> r.agentName()).toList());
    var first = run.modelRequests.get(0);
    assertEquals(
        List.of("randomNumber"), first.tools().stream().map(FunctionToolSpec::name).toList());
    assertEquals(
        List.of("transfer_to_multiply_agent"),
        first.handoffs().stream().map(FunctionToolSpec::name).toList());
    assertEquals("FinalResult", first.outputSchema().name());
    assertFalse(first.outputSchema().wrapped());

    int drawn =
        Integer.parseInt(LifecycleScript.outputOf(run.modelRequests.get(1), "randomNumber"));
    int doubled = drawn * 2;
    assertEquals(
        "Final result: FinalResult[number="
            + doubled
            + "]\n\nHook events:\n"
            + String.join(
                "\n",
                "### (Start Agent) 1: Agent Start Agent started",
                "### (Start Agent) 2: Agent Start Agent started tool randomNumber",
                "### (Start Agent) 3: Agent Start Agent ended tool randomNumber with result "
                    + drawn,
                "### (Multiply Agent) 1: Agent Start Agent handed off to Multiply Agent",
                "### (Multiply Agent) 2: Agent Multiply Agent started",
                "### (Multiply Agent) 3: Agent Multiply Agent started tool multiplyByTwo",
                "### (Multiply Agent) 4: Agent Multiply Agent ended tool multiplyByTwo with result "
                    + doubled,
                "### (Multiply Agent) 5: Agent Multiply Agent ended with output"
                    + " FinalResult[number="
                    + doubled
                    + "]"),
        run.result);
  }
}
