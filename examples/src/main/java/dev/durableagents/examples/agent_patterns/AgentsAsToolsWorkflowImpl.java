package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.AgentsAsToolsAgents.OrchestratorAgent;
import dev.durableagents.examples.agent_patterns.AgentsAsToolsAgents.SynthesizerAgent;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Runs the orchestrator, whose tool calls run the translator agents inside this workflow (their
 * model calls are activities of this workflow, concurrent when the model asks for several), then
 * the synthesizer on the whole conversation.
 */
public final class AgentsAsToolsWorkflowImpl implements AgentsAsToolsWorkflow {

  private static final Logger log = Workflow.getLogger(AgentsAsToolsWorkflowImpl.class);

  @Override
  public String run(String message) {
    RunResult<String> orchestrated = Runner.run(OrchestratorAgent.class, message);
    for (RunItem item : orchestrated.newItems()) {
      if (item instanceof RunItem.MessageOutputItem output && !output.text().isEmpty()) {
        log.info("  - Translation step: {}", output.text());
      }
    }
    RunResult<String> synthesized = Runner.run(SynthesizerAgent.class, orchestrated.toInputList());
    return synthesized.finalOutput();
  }
}
