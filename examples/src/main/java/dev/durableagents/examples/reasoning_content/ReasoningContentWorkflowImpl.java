package dev.durableagents.examples.reasoning_content;

import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Reasoning;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the reasoning agent once (one model activity) and reads the run's new items: the reasoning
 * items hold the summary the agent's settings asked for, the message items the answer.
 */
public final class ReasoningContentWorkflowImpl implements ReasoningContentWorkflow {

  @Override
  public ReasoningResult run(String prompt, String modelName) {
    RunConfig config =
        modelName == null
            ? RunConfig.getDefaultInstance()
            : RunConfig.newBuilder().setModel(modelName).build();
    RunResult<String> result = Runner.run(ReasoningAgent.class, prompt, config);

    List<String> reasoning = new ArrayList<>();
    List<String> answer = new ArrayList<>();
    for (RunItem item : result.newItems()) {
      if (item instanceof RunItem.ReasoningItem r) {
        String text = reasoningText(r.item());
        if (!text.isEmpty()) {
          reasoning.add(text);
        }
      } else if (item instanceof RunItem.MessageOutputItem message) {
        answer.add(message.text());
      }
    }
    return new ReasoningResult(joinOrNull(reasoning), joinOrNull(answer), prompt);
  }

  /** The summary; for models that return their reasoning text instead, that text. */
  private static String reasoningText(Reasoning reasoning) {
    return reasoning.summary().isEmpty()
        ? String.join("\n\n", reasoning.content())
        : reasoning.summaryText();
  }

  private static String joinOrNull(List<String> parts) {
    return parts.isEmpty() ? null : String.join("\n\n", parts);
  }
}
