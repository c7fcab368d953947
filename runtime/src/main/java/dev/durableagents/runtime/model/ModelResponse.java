package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one model call returned: the output of the model activity.
 *
 * @param output the items the model produced, in order
 * @param usage tokens used by the call
 * @param responseId the provider's id of the response (usable as a later call's {@code
 *     previousResponseId}), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelResponse(List<Item> output, Usage usage, String responseId) {

  public ModelResponse {
    output = List.copyOf(output);
    usage = usage == null ? Usage.ZERO : usage;
  }
}
