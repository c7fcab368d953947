package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForcingToolUseTest {

  private static SampleRun run(String behavior) {
    SampleRun run = SampleRun.offline(new ForcingToolUse(), List.of(behavior));
    RecordedHistories.recordIfAsked("agent_patterns-ForcingToolUse-" + behavior, run);
    return run;
  }

  @Test
  void defaultSendsTheToolResultBackToTheModel() {
    SampleRun run = run("default");

    // getWeather runs in the workflow: no activity of its own.
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    assertNull(run.modelRequests.get(0).settings().toolChoice());
    assertEquals(
        "{\"city\":\"Tokyo\",\"temperatureRange\":\"14-20C\",\"conditions\":\"Sunny with wind\"}",
        ((dev.durableagents.runtime.model.FunctionCallOutput)
                run.modelRequests.get(1).input().get(2))
            .output());
    assertEquals("The weather in Tokyo is sunny with wind, 14-20C.", run.result);
  }

  @Test
  void firstToolForcesAToolAndTakesItsResult() {
    SampleRun run = run("first_tool");

    assertEquals(List.of("InvokeModel"), run.activities());
    assertEquals("required", run.modelRequests.get(0).settings().toolChoice());
    assertEquals(
        "{\"city\":\"Tokyo\",\"temperatureRange\":\"14-20C\",\"conditions\":\"Sunny with wind\"}",
        run.result);
  }

  @Test
  void customBehaviourMakesTheFinalOutputFromTheToolResult() {
    SampleRun run = run("custom");

    assertEquals(List.of("InvokeModel"), run.activities());
    assertEquals("required", run.modelRequests.get(0).settings().toolChoice());
    assertEquals("Tokyo is Sunny with wind.", run.result);
  }
}
