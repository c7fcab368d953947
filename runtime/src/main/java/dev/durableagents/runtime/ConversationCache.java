package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.InMemoryConversationCache;
import dev.durableagents.runtime.model.Item;
import java.util.List;
import java.util.Objects;

/**
 * Where a worker remembers the conversations it sent to models, so a model activity's input in the
 * workflow history needs to hold only the items that are new since the last call.
 *
 * <p>By default each model call of a workflow sends, in its activity input, a reference to the
 * conversation of an earlier call (a key and an item count) and only the items added since. The
 * worker's model activity looks the earlier conversation up here, puts the whole conversation back
 * together for the model, and after the call stores the new conversation (the whole input followed
 * by the model's output items) under the request's own key. The model always receives the whole
 * conversation; the history grows by the new items only.
 *
 * <p>The cache is an optimisation, never the source of truth: when an entry is missing (a new or
 * restarted worker, an evicted entry, another worker), the worker rebuilds the conversation from
 * the workflow run's history (one history fetch; nothing is recorded) and stores it here. Only when
 * the history cannot give it (the fetch fails, or a local activity sent it: their inputs are not in
 * history) does the activity fail with a non-retryable {@code ApplicationFailure} of type {@link
 * #MISS_FAILURE_TYPE}, and the workflow send that call again with the whole conversation, once: one
 * full request in history, not a run.
 *
 * <p>The default is {@link #inMemory()}: a least-recently-used cache in the worker process, bounded
 * by bytes. Several workers polling the same task queue each have their own, so a call that lands
 * on another worker than the one before it misses and costs a history fetch; plug a cache they
 * share, or run model calls as local activities (they run on the worker that runs the workflow), to
 * save the fetches:
 *
 * <pre>{@code
 * DurableAgentsPlugin agents = DurableAgentsPlugin.newBuilder()
 *     .setConversationCache(ConversationCache.inMemory(256L * 1024 * 1024))  // 256 MiB
 *     .build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe; {@link #get} returns {@code null} for a key it does not
 * hold (it may forget any entry at any time). Entries are immutable once stored, and keys are
 * unique per workflow run and call.
 */
public interface ConversationCache {

  /**
   * The type of the non-retryable {@code ApplicationFailure} a model activity fails with when the
   * conversation its request continues is neither in the worker's cache nor to be rebuilt from the
   * workflow's history. The workflow catches it and sends the request again with the whole
   * conversation; it never fails a run.
   */
  String MISS_FAILURE_TYPE = "ConversationCacheMiss";

  /** The default bound of {@link #inMemory()}: 64 MiB of conversation per worker process. */
  long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /**
   * A stored conversation.
   *
   * @param items the whole input of a model call followed by the model's output items
   * @param bytes the size of the items' JSON, which bounds the cache
   */
  record Conversation(List<Item> items, long bytes) {
    public Conversation {
      items = List.copyOf(items);
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
      }
    }
  }

  /** The conversation stored under {@code key}, or {@code null} if this cache does not hold it. */
  Conversation get(String key);

  /** Stores {@code conversation} under {@code key}; a cache may drop it, or others, at once. */
  void put(String key, Conversation conversation);

  /** An in-memory least-recently-used cache of at most {@link #DEFAULT_MAX_BYTES}. */
  static ConversationCache inMemory() {
    return inMemory(DEFAULT_MAX_BYTES);
  }

  /**
   * An in-memory least-recently-used cache holding conversations of at most {@code maxBytes}
   * together (a conversation larger than that is not stored). Conversations stored one after the
   * other share their items, so the memory held is usually well below the bound.
   *
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  static ConversationCache inMemory(long maxBytes) {
    return new InMemoryConversationCache(maxBytes);
  }

  /** A cache that holds nothing: every reference misses (useful in tests). */
  static ConversationCache none() {
    return new ConversationCache() {
      @Override
      public Conversation get(String key) {
        Objects.requireNonNull(key, "key");
        return null;
      }

      @Override
      public void put(String key, Conversation conversation) {
        Objects.requireNonNull(key, "key");
      }
    };
  }
}
