package dev.durableagents.examples.tools;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.WebSearchCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the agent a hosted web search localized to the user's (approximate) city, runs it, and
 * collects the model's search queries from the run's items.
 */
public final class WebSearchWorkflowImpl implements WebSearchWorkflow {

  @Override
  public Answer run(String question, String userCity) {
    AgentDefinition searcher =
        WebSearchAgentDefinition.definition().toBuilder()
            .addHostedTool(
                HostedTool.webSearch()
                    .withUserLocation(
                        new HostedTool.WebSearch.UserLocation(userCity, null, null, null)))
            .build();
    RunResult<String> result = Runner.run(searcher, question);
    List<String> searches = new ArrayList<>();
    for (RunItem item : result.newItems()) {
      if (item instanceof RunItem.HostedToolCallItem hosted
          && hosted.item() instanceof WebSearchCall search
          && search.query() != null) {
        searches.add(search.query());
      }
    }
    return new Answer(result.finalOutput(), searches);
  }
}
