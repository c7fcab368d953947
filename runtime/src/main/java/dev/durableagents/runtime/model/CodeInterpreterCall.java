package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Code the model ran with the hosted {@link HostedTool.CodeInterpreter} tool.
 *
 * @param id the item id
 * @param status {@code "completed"}, {@code "in_progress"}, {@code "failed"}, ...
 * @param code the code it ran, or {@code null}
 * @param containerId the container it ran in
 * @param outputs what the code printed or drew; empty unless the tool asked to include them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeInterpreterCall(
    String id, String status, String code, String containerId, List<Output> outputs)
    implements HostedToolCall {

  public CodeInterpreterCall {
    Objects.requireNonNull(id, "id");
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }

  /**
   * One output of the code.
   *
   * @param type {@code "logs"} or {@code "image"}
   * @param logs the printed text, for logs
   * @param url the image's URL, for images
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Output(String type, String logs, String url) {
    public Output {
      Objects.requireNonNull(type, "type");
    }
  }
}
