package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.LLMAsAJudgeAgents.EvaluationFeedback;
import dev.durableagents.examples.agent_patterns.LLMAsAJudgeAgents.Evaluator;
import dev.durableagents.examples.agent_patterns.LLMAsAJudgeAgents.Score;
import dev.durableagents.examples.agent_patterns.LLMAsAJudgeAgents.StoryOutlineGenerator;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * A generator and an evaluator in a loop: the evaluator reads the whole conversation and scores the
 * latest outline; its feedback goes back into the conversation until it passes.
 *
 * <p>The Python sample loops without bound (its evaluator is told to pass after five attempts);
 * this one stops after {@value #MAX_ROUNDS} rounds with the latest outline, so that a model that
 * never passes cannot loop forever.
 */
public final class LLMAsAJudgeWorkflowImpl implements LLMAsAJudgeWorkflow {

  /** The most generate-and-evaluate rounds. */
  static final int MAX_ROUNDS = 10;

  private static final Logger log = Workflow.getLogger(LLMAsAJudgeWorkflowImpl.class);

  @Override
  public String run(String request) {
    List<Item> conversation = List.of(Message.user(request));
    String latestOutline = null;
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      RunResult<String> outline = Runner.run(StoryOutlineGenerator.class, conversation);
      conversation = outline.toInputList();
      latestOutline = outline.finalOutput();
      log.info("Story outline generated");

      EvaluationFeedback evaluation =
          Runner.<EvaluationFeedback>run(Evaluator.class, conversation).finalOutput();
      log.info("Evaluator score: {}", evaluation.score());
      if (evaluation.score() == Score.PASS) {
        log.info("Story outline is good enough, exiting.");
        break;
      }
      log.info("Re-running with feedback");
      List<Item> next = new ArrayList<>(conversation);
      next.add(Message.user("Feedback: " + evaluation.feedback()));
      conversation = next;
    }
    return "Final story outline: " + latestOutline;
  }
}
