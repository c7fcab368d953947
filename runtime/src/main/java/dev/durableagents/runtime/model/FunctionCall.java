package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The model's request to call a function tool (or a handoff, which the model sees as a tool).
 *
 * @param callId the id that ties the call to its {@link FunctionCallOutput}
 * @param name the tool's name
 * @param arguments the arguments as the model wrote them: JSON text, not yet validated
 * @param id the item id the model gave the call, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionCall(String callId, String name, String arguments, String id)
    implements Item {

  public FunctionCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arguments, "arguments");
  }
}
