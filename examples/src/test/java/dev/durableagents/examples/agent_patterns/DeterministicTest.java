package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterministicTest {

  @Test
  void outlineCheckedThenStoryWritten() {
    SampleRun run = SampleRun.offline(new Deterministic(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-Deterministic", run);

    assertEquals(List.of("InvokeModel", "InvokeModel", "InvokeModel"), run.activities());
    assertEquals(
        List.of("story_outline_agent", "outline_checker_agent", "story_agent"),
        run.modelCallAgents());
    var checker = run.modelRequests.get(1);
    assertEquals("OutlineCheckerOutput", checker.outputSchema().name());
    assertEquals(List.of(Message.user(Deterministic.OUTLINE)), checker.input());
    assertEquals(List.of(Message.user(Deterministic.OUTLINE)), run.modelRequests.get(2).input());
    assertEquals("Final story: " + Deterministic.STORY, run.result);
  }

  @Test
  void gateStopsAnOutlineThatIsNotScienceFiction() {
    SampleRun run =
        SampleRun.withModel(
            new Deterministic(),
            List.of(),
            TestModel.returning(
                TestModel.text("A baker wins a contest."),
                TestModel.text("{\"goodQuality\":true,\"isScifi\":false}")));

    assertEquals(List.of("story_outline_agent", "outline_checker_agent"), run.modelCallAgents());
    assertEquals("Story generation stopped: Outline is not science fiction.", run.result);
  }
}
