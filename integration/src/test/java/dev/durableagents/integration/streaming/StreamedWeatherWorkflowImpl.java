package dev.durableagents.integration.streaming;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;

public class StreamedWeatherWorkflowImpl implements StreamedWeatherWorkflow {

  static final AgentDefinition AGENT =
      AgentDefinition.newBuilder("Weather Agent")
          .setInstructions("Answer with the weather.")
          .build();

  @Override
  public String ask(String question, boolean streamed) {
    RunResult<String> result =
        streamed
            ? Runner.runStreamed(AGENT, question, RunConfig.getDefaultInstance(), null)
            : Runner.run(AGENT, question);
    return result.finalOutput();
  }
}
