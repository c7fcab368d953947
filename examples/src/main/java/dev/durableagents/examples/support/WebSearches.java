package dev.durableagents.examples.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.WebSearchCall;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline answers of agents that use OpenAI's hosted web search: a response as the Responses API
 * returns it, the search the provider ran (a {@code web_search_call} item) followed by the model's
 * message.
 */
public final class WebSearches {

  private static final Pattern SEARCH_TERM = Pattern.compile("Search term: (.*)");

  private WebSearches() {}

  /**
   * A response holding a completed web search for {@code query} and then {@code summary}.
   *
   * @param searchId the id of the {@code web_search_call} item
   * @param query what the provider searched for
   * @param summary the model's message after the search
   */
  public static ModelResponse searchedThenAnswered(String searchId, String query, String summary) {
    ObjectNode action = JsonNodeFactory.instance.objectNode().put("type", "search");
    action.put("query", query);
    return TestModel.response(
        new WebSearchCall(searchId, "completed", action),
        new Message("assistant", List.of(new ContentPart.OutputText(summary)), "msg_" + searchId));
  }

  /**
   * The term after {@code "Search term: "} in the request's last user message (how the research
   * samples give a search agent its search), or {@code null}.
   */
  public static String searchTerm(ModelRequest request) {
    Matcher term = SEARCH_TERM.matcher(Scripts.lastUserText(request));
    return term.find() ? term.group(1).strip() : null;
  }

  /**
   * The offline answer of a search agent: the planned search whose query is the request's search
   * term, searched and then summarized.
   *
   * @param queries the planned searches' queries, in the order of the plan (search ids count in it)
   * @param summaries each planned search's summary, in the same order
   * @param agent the agent's name, for the error when the term is not planned
   */
  public static ModelResponse answer(
      ModelRequest request, List<String> queries, List<String> summaries, String agent) {
    String term = searchTerm(request);
    int n = queries.indexOf(term);
    if (n < 0) {
      throw unscripted(agent + " (search term '" + term + "')");
    }
    return searchedThenAnswered("ws_" + (n + 1), term, summaries.get(n));
  }

  /** The failure of an offline model asked something its script does not answer: not retried. */
  public static ModelException unscripted(String who) {
    return new ModelException(
        "The offline script has no answer for " + who,
        TestModel.SCRIPT_EXHAUSTED,
        false,
        null,
        null);
  }
}
