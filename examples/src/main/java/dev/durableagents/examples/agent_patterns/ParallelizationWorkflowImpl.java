package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.ParallelizationAgents.SpanishAgent;
import dev.durableagents.examples.agent_patterns.ParallelizationAgents.TranslationPicker;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * Runs the same agent three times at once ({@code Async.function}, the workflow's deterministic
 * counterpart of {@code asyncio.gather}): their model calls are activities scheduled together. Then
 * a picker agent chooses.
 */
public final class ParallelizationWorkflowImpl implements ParallelizationWorkflow {

  private static final Logger log = Workflow.getLogger(ParallelizationWorkflowImpl.class);

  @Override
  public String run(String message) {
    List<Promise<RunResult<String>>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(Async.function(() -> Runner.<String>run(SpanishAgent.class, message)));
    }
    Promise.allOf(runs).get();
    // In the order the runs were started, whatever order they finished in: deterministic.
    String translations =
        runs.stream().map(run -> messages(run.get())).collect(Collectors.joining("\n\n"));
    log.info("Generated translations:\n{}", translations);

    RunResult<String> best =
        Runner.run(
            TranslationPicker.class, "Input: " + message + "\n\nTranslations:\n" + translations);
    return "Best translation: " + best.finalOutput();
  }

  /** The text of the messages a run produced. */
  private static String messages(RunResult<?> result) {
    return result.newItems().stream()
        .filter(RunItem.MessageOutputItem.class::isInstance)
        .map(item -> ((RunItem.MessageOutputItem) item).text())
        .collect(Collectors.joining("\n"));
  }
}
