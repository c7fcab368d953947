package dev.durableagents.examples.basic;

import dev.durableagents.examples.basic.DynamicSystemPromptAgent.Style;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.Arrays;

/**
 * Picks the style (at random, deterministically, when none is given) and runs the agent with it.
 */
public final class DynamicSystemPromptWorkflowImpl implements DynamicSystemPromptWorkflow {

  @Override
  public String run(String userMessage, String style) {
    Style selected = style == null ? random() : parse(style);
    RunResult<String> result =
        Runner.run(DynamicSystemPromptAgent.class, userMessage, RunConfig.withContext(selected));
    return "Style: " + selected.label() + "\nResponse: " + result.finalOutput();
  }

  private static Style random() {
    Style[] styles = Style.values();
    return styles[Workflow.newRandom().nextInt(styles.length)];
  }

  private static Style parse(String style) {
    for (Style s : Style.values()) {
      if (s.label().equals(style)) {
        return s;
      }
    }
    throw ApplicationFailure.newNonRetryableFailure(
        "Invalid style: "
            + style
            + ". Must be one of: "
            + String.join(", ", Arrays.stream(Style.values()).map(Style::label).toList()),
        "InvalidStyle");
  }
}
