package dev.durableagents.runtime;

/**
 * Receives what a streaming model call produces while it runs: see {@link Model#streamResponse}.
 * Called on the model activity's thread, in the order the model wrote; an implementation must
 * return quickly.
 */
public interface ModelStreamListener {

  /** A listener that drops everything. */
  ModelStreamListener NONE = new ModelStreamListener() {};

  /** A piece of the text of an assistant message. */
  default void onTextDelta(String delta) {}

  /** A piece of the model's reasoning (its summary, or its reasoning text where exposed). */
  default void onReasoningDelta(String delta) {}
}
