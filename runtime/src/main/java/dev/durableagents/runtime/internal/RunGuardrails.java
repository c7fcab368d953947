package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.OutputGuardrail;
import dev.durableagents.runtime.RunConfig;
import java.util.ArrayList;
import java.util.List;

/** The guardrails a run checks: the run's own ({@link RunConfig}) first, then the agent's. */
final class RunGuardrails {

  private RunGuardrails() {}

  static List<InputGuardrail> input(RunConfig config, AgentDefinition agent) {
    if (config.inputGuardrails().isEmpty()) {
      return agent.inputGuardrails();
    }
    List<InputGuardrail> all = new ArrayList<>(config.inputGuardrails());
    all.addAll(agent.inputGuardrails());
    return all;
  }

  static List<OutputGuardrail<?>> output(RunConfig config, AgentDefinition agent) {
    if (config.outputGuardrails().isEmpty()) {
      return agent.outputGuardrails();
    }
    List<OutputGuardrail<?>> all = new ArrayList<>(config.outputGuardrails());
    all.addAll(agent.outputGuardrails());
    return all;
  }
}
