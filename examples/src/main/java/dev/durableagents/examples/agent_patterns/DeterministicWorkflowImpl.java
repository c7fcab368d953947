package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.agent_patterns.DeterministicAgents.OutlineCheckerAgent;
import dev.durableagents.examples.agent_patterns.DeterministicAgents.OutlineCheckerOutput;
import dev.durableagents.examples.agent_patterns.DeterministicAgents.StoryAgent;
import dev.durableagents.examples.agent_patterns.DeterministicAgents.StoryOutlineAgent;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * A deterministic flow where each step is an agent: outline, check (a gate on the structured
 * verdict), write. The workflow's code, not a model, decides what runs next.
 */
public final class DeterministicWorkflowImpl implements DeterministicWorkflow {

  private static final Logger log = Workflow.getLogger(DeterministicWorkflowImpl.class);

  @Override
  public String run(String prompt) {
    RunResult<String> outline = Runner.run(StoryOutlineAgent.class, prompt);
    log.info("Outline generated");

    OutlineCheckerOutput check =
        Runner.<OutlineCheckerOutput>run(OutlineCheckerAgent.class, outline.finalOutput())
            .finalOutput();
    if (!check.goodQuality()) {
      log.info("Outline is not good quality, so we stop here.");
      return "Story generation stopped: Outline quality insufficient.";
    }
    if (!check.isScifi()) {
      log.info("Outline is not a scifi story, so we stop here.");
      return "Story generation stopped: Outline is not science fiction.";
    }
    log.info("Outline is good quality and a scifi story, so we continue to write the story.");

    RunResult<String> story = Runner.run(StoryAgent.class, outline.finalOutput());
    return "Final story: " + story.finalOutput();
  }
}
