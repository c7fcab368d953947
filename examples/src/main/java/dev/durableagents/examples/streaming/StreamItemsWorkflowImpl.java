package dev.durableagents.examples.streaming;

import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import java.util.ArrayList;
import java.util.List;

/**
 * A streamed run whose workflow sees the item events as they complete ({@code Runner.runStreamed}'s
 * listener, in workflow code) and republishes the ones the Python sample does: agent updated, tool
 * called, tool output, message output.
 */
public class StreamItemsWorkflowImpl implements StreamItemsWorkflow {

  private final List<String> items = new ArrayList<>();

  @Override
  public String run(String prompt) {
    RunResult<String> result = Runner.runStreamed(CountedJokerAgent.class, prompt, this::republish);
    return result.finalOutput();
  }

  private void republish(RunEvent.ItemEvent event) {
    if (event instanceof RunEvent.AgentChanged changed) {
      items.add("agent_updated: " + changed.agentName());
    } else if (event instanceof RunEvent.ToolCallStarted started) {
      items.add("tool_call: " + started.toolName());
    } else if (event instanceof RunEvent.ToolCallFinished finished) {
      items.add("tool_output: " + finished.output());
    } else if (event instanceof RunEvent.MessageOutput message) {
      items.add("message_output: " + message.text());
    }
  }

  @Override
  public List<String> items() {
    return List.copyOf(items);
  }
}
