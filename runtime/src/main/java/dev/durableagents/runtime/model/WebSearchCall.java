package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A web search the model ran with the hosted {@link HostedTool.WebSearch} tool.
 *
 * @param id the item id
 * @param status {@code "completed"}, {@code "searching"}, {@code "failed"}, ...
 * @param action what the model did, as the provider described it, for example {@code {"type":
 *     "search", "query": "..."}} or {@code {"type": "open_page", "url": "..."}}; or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebSearchCall(String id, String status, ObjectNode action) implements HostedToolCall {

  public WebSearchCall {
    Objects.requireNonNull(id, "id");
  }

  /** The search query, or {@code null} when the action was not a search. */
  @JsonIgnore
  public String query() {
    return action != null && action.hasNonNull("query") ? action.get("query").asText() : null;
  }
}
