package dev.durableagents.examples.tools;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.FileSearchCall;
import dev.durableagents.runtime.model.HostedTool;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the agent a hosted file search over the store the workflow was started with (at most 3
 * results, with the matching chunks in the call items), runs it, and collects the searches from the
 * run's items.
 */
public final class FileSearchWorkflowImpl implements FileSearchWorkflow {

  @Override
  public Answer run(String question, String vectorStoreId) {
    AgentDefinition searcher =
        FileSearchAgentDefinition.definition().toBuilder()
            .addHostedTool(
                HostedTool.fileSearch(vectorStoreId).withMaxNumResults(3).withSearchResults())
            .build();
    RunResult<String> result = Runner.run(searcher, question);
    List<String> queries = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (RunItem item : result.newItems()) {
      if (item instanceof RunItem.HostedToolCallItem hosted
          && hosted.item() instanceof FileSearchCall search) {
        queries.addAll(search.queries());
        for (FileSearchCall.Result match : search.results()) {
          String name = match.filename() != null ? match.filename() : match.fileId();
          sources.add(match.score() == null ? name : name + " (" + match.score() + ")");
        }
      }
    }
    return new Answer(result.finalOutput(), queries, sources);
  }
}
