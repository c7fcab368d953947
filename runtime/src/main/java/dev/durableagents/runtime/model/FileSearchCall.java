package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A search of vector stores the model ran with the hosted {@link HostedTool.FileSearch} tool.
 *
 * @param id the item id
 * @param status {@code "completed"}, {@code "searching"}, {@code "failed"}, ...
 * @param queries the queries the model searched for
 * @param results the matching chunks; empty unless the tool asked to include them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileSearchCall(String id, String status, List<String> queries, List<Result> results)
    implements HostedToolCall {

  public FileSearchCall {
    Objects.requireNonNull(id, "id");
    queries = queries == null ? List.of() : List.copyOf(queries);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /**
   * One matching chunk of a file.
   *
   * @param fileId the file's id
   * @param filename the file's name, or {@code null}
   * @param score the relevance score, between 0 and 1, or {@code null}
   * @param text the matching text, or {@code null}
   * @param attributes the file's attributes, or {@code null}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      String fileId, String filename, Double score, String text, ObjectNode attributes) {}
}
