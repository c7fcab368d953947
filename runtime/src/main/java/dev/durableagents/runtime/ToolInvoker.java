package dev.durableagents.runtime;

import io.temporal.workflow.Promise;

/**
 * Carries out a function tool call in workflow code. It returns a promise so that the several tool
 * calls of one model response run concurrently: an activity-backed tool returns the promise of its
 * activity, an in-workflow tool a completed promise.
 */
@FunctionalInterface
public interface ToolInvoker {

  /**
   * Starts the call.
   *
   * @param call the call, with its parsed arguments
   * @return the tool's result; a {@code String} goes to the model as it is, anything else as JSON
   * @throws ToolArgumentsException if the arguments do not fit the tool; the model is told
   */
  Promise<?> invoke(ToolCall call);
}
