package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;

/**
 * A language model: turns one {@link ModelRequest} into one {@link ModelResponse}.
 *
 * <p>Models run inside the model activity, on the worker, never in workflow code: they may do I/O,
 * read secrets and be slow. An exception thrown here fails the activity attempt, which Temporal
 * retries according to the {@link ModelActivityOptions}; throw {@link ModelException} to say
 * whether a failure is worth retrying.
 */
@FunctionalInterface
public interface Model {

  /** Calls the model once. */
  ModelResponse getResponse(ModelRequest request);
}
