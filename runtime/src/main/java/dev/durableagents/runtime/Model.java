package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
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

  /**
   * Calls the model once, streaming: reports text and reasoning as it arrives to {@code listener},
   * and returns the complete response, the same one {@link #getResponse} would return. This is what
   * the model activity calls for a streamed run ({@link Runner#runStreamed}); the returned response
   * is what the workflow history records.
   *
   * <p>The default calls {@link #getResponse} and reports each message's whole text as one delta
   * once the response is complete: a model that cannot stream still works in a streamed run.
   */
  default ModelResponse streamResponse(ModelRequest request, ModelStreamListener listener) {
    ModelResponse response = getResponse(request);
    for (Item item : response.output()) {
      if (item instanceof Message message && "assistant".equals(message.role())) {
        String text = message.text();
        if (text != null && !text.isEmpty()) {
          listener.onTextDelta(text);
        }
      }
    }
    return response;
  }
}
