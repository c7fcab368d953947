package dev.durableagents.runtime.model;

import java.util.Objects;

/**
 * The result of a function call, sent back to the model.
 *
 * @param callId the {@link FunctionCall#callId()} this answers
 * @param output the tool's result as text (JSON for structured results)
 */
public record FunctionCallOutput(String callId, String output) implements Item {

  public FunctionCallOutput {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(output, "output");
  }
}
