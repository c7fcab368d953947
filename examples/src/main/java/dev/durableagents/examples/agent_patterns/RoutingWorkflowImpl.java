package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.RoutingAgents.TriageAgent;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Message;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.slf4j.Logger;

/** One run: the triage agent hands off, and the language agent answers within the same run. */
public final class RoutingWorkflowImpl implements RoutingWorkflow {

  private static final Logger log = Workflow.getLogger(RoutingWorkflowImpl.class);

  @Override
  public String run(String message) {
    RunResult<String> result = Runner.run(TriageAgent.class, List.of(Message.user(message)));
    log.info("Handoff completed: {} answered", result.lastAgent().name());
    return "Response: " + result.finalOutput();
  }
}
