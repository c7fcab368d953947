package dev.durableagents.examples.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.examples.support.OptionArgs;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.WebSearchCall;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code tools/WebSearch}: the model searches the web with OpenAI's hosted web search, localized to
 * the user's city. Args: {@code [--city name] [question...]}; the city defaults to New York.
 */
public final class WebSearch implements Sample {

  static final String DEFAULT_QUESTION =
      "search the web for 'local sports news' and give me 1 interesting update in a sentence.";
  static final String DEFAULT_CITY = "New York";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ToolsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new WebSearch(), args);
  }

  @Override
  public String name() {
    return "tools/WebSearch";
  }

  @Override
  public String description() {
    return "OpenAI's hosted web search, localized to a city given at run time";
  }

  @Override
  public String taskQueue() {
    return ToolsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ToolsWorker.register(worker);
  }

  /**
   * Answers as OpenAI does, with the search call and the answer in one response, searching the city
   * the request's web search is localized to. It knows no news: it says it is offline.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(
        request -> {
          String city = cityOf(request);
          ObjectNode action =
              JsonNodeFactory.instance
                  .objectNode()
                  .put("type", "search")
                  .put("query", "local sports news " + city);
          return TestModel.response(
              new WebSearchCall("ws_offline_1", "completed", action),
              Message.assistant(
                  "(offline) I searched for local sports news in "
                      + city
                      + "; an offline model finds no real news, so here is none to report."));
        });
  }

  /** The city the request's web search is localized to, or "anywhere". */
  static String cityOf(ModelRequest request) {
    for (HostedTool tool : request.hostedTools()) {
      if (tool instanceof HostedTool.WebSearch search
          && search.userLocation() != null
          && search.userLocation().city() != null) {
        return search.userLocation().city();
      }
    }
    return "anywhere";
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    OptionArgs words = OptionArgs.take(args, "--city");
    WebSearchWorkflow workflow = newWorkflow(client, WebSearchWorkflow.class, workflowId);
    WebSearchWorkflow.Answer answer =
        workflow.run(words.textOr(DEFAULT_QUESTION), words.optionOr(DEFAULT_CITY));
    return "Searched the web for " + answer.searches() + "\n\n" + answer.answer();
  }
}
