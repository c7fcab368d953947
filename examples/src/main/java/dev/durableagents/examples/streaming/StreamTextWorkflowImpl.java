package dev.durableagents.examples.streaming;

import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;

/**
 * A streamed run: each model call streams its text to subscribers (through the model activity's
 * heartbeats and the worker's memory), while the history records only the complete response.
 */
public class StreamTextWorkflowImpl implements StreamTextWorkflow {

  @Override
  public String run(String prompt) {
    RunResult<String> result = Runner.runStreamed(JokerAgent.class, prompt, null);
    return result.finalOutput();
  }
}
