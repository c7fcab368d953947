package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * How a model request's input relates to the conversations the worker remembers, so the workflow
 * history holds each item of a long conversation once instead of once per model call.
 *
 * <p>A request with a reference is stored by the worker, after the call, under {@code key} (its
 * whole input followed by the model's output items). A request that also names a {@code baseKey}
 * carries in its {@code input} only the items after the first {@code baseCount} items of that
 * stored conversation; the worker puts them back together before the model sees the request, so the
 * model always receives the whole conversation. A request without a reference carries its whole
 * input, as every request did before references existed.
 *
 * @param key the key the worker stores this call's conversation under
 * @param baseKey the key of the stored conversation this request's input continues, or {@code null}
 *     when the input is whole
 * @param baseCount how many items of the stored conversation come before this request's input, or
 *     {@code null} when the input is whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationRef(String key, String baseKey, Integer baseCount) {

  public ConversationRef {
    Objects.requireNonNull(key, "key");
    if ((baseKey == null) != (baseCount == null)) {
      throw new IllegalArgumentException("baseKey and baseCount go together");
    }
    if (baseCount != null && baseCount < 1) {
      throw new IllegalArgumentException("baseCount must be at least 1, was " + baseCount);
    }
  }

  /** A reference for a request that carries its whole input and is stored under {@code key}. */
  public static ConversationRef whole(String key) {
    return new ConversationRef(key, null, null);
  }

  /** Whether the request's input holds only the items after the base conversation. */
  public boolean continuesBase() {
    return baseKey != null;
  }
}
