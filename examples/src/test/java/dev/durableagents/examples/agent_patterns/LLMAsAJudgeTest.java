package dev.durableagents.examples.agent_patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class LLMAsAJudgeTest {

  @Test
  void generatorRevisesWithTheEvaluatorsFeedbackUntilItPasses() {
    SampleRun run = SampleRun.offline(new LLMAsAJudge(), List.of());
    RecordedHistories.recordIfAsked("agent_patterns-LLMAsAJudge", run);

    assertEquals(
        List.of("story_outline_generator", "evaluator", "story_outline_generator", "evaluator"),
        run.modelCallAgents());
    var evaluator = run.modelRequests.get(1);
    assertEquals(
        "[\"PASS\",\"NEEDS_IMPROVEMENT\",\"FAIL\"]",
        evaluator.outputSchema().schema().path("properties").path("score").path("enum").toString());
    // The evaluator reads the generator's conversation.
    assertEquals(
        List.of(
            Message.user(LLMAsAJudge.DEFAULT_REQUEST),
            Message.assistant(LLMAsAJudge.FIRST_OUTLINE)),
        evaluator.input().stream().map(LLMAsAJudgeTest::withoutId).toList());
    // The second round sees the first outline and the feedback.
    var secondRound = run.modelRequests.get(2);
    assertEquals(
        List.of(
            Message.user(LLMAsAJudge.DEFAULT_REQUEST),
            Message.assistant(LLMAsAJudge.FIRST_OUTLINE),
            Message.user("Feedback: " + LLMAsAJudge.FEEDBACK)),
        secondRound.input().stream().map(LLMAsAJudgeTest::withoutId).toList());
    assertEquals("Final story outline: " + LLMAsAJudge.SECOND_OUTLINE, run.result);
  }

  private static Object withoutId(Object item) {
    return item instanceof Message m ? new Message(m.role(), m.content(), null) : item;
  }
}
