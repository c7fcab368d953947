package dev.durableagents.examples.tools;

import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.CodeInterpreterCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the agent, then reads the code it ran from the run's items: the provider ran it during the
 * model call, so it is no activity of this workflow, but its call items are in the model activity's
 * result.
 */
public final class CodeInterpreterWorkflowImpl implements CodeInterpreterWorkflow {

  @Override
  public Answer run(String question) {
    RunResult<String> result = Runner.run(CodeInterpreterAgent.class, question);
    List<String> code = new ArrayList<>();
    for (RunItem item : result.newItems()) {
      if (item instanceof RunItem.HostedToolCallItem hosted
          && hosted.item() instanceof CodeInterpreterCall call
          && call.code() != null) {
        code.add(call.code());
      }
    }
    return new Answer(result.finalOutput(), code);
  }
}
