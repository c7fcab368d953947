package dev.durableagents.examples.basic;

import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;

/**
 * Runs the agent twice; the second run sends only the follow-up question, with the first run's last
 * response id, so the model continues the conversation it stored.
 *
 * <p>Only the OpenAI Responses API stores conversations, for 30 days: in production keep the id
 * with an expiry, and resend the history when it has expired. Other models ignore the id, so the
 * follow-up loses its context.
 */
public final class PreviousResponseIdWorkflowImpl implements PreviousResponseIdWorkflow {

  @Override
  public Answers run(String firstQuestion, String followUpQuestion) {
    RunResult<String> first = Runner.run(PreviousResponseIdAgent.class, firstQuestion);
    RunResult<String> second =
        Runner.run(
            PreviousResponseIdAgent.class,
            followUpQuestion,
            RunConfig.newBuilder().setPreviousResponseId(first.lastResponseId()).build());
    return new Answers(first.finalOutput(), second.finalOutput());
  }
}
