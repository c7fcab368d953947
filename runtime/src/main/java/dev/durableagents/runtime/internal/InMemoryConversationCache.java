package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ConversationCache;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The default {@link ConversationCache}: least recently used first out, bounded by bytes. */
public final class InMemoryConversationCache implements ConversationCache {

  private final long maxBytes;
  private final LinkedHashMap<String, Conversation> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  public InMemoryConversationCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized Conversation get(String key) {
    return entries.get(Objects.requireNonNull(key, "key"));
  }

  @Override
  public synchronized void put(String key, Conversation conversation) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(conversation, "conversation");
    Conversation old = entries.remove(key);
    if (old != null) {
      bytes -= old.bytes();
    }
    if (conversation.bytes() > maxBytes) {
      return;
    }
    entries.put(key, conversation);
    bytes += conversation.bytes();
    Iterator<Map.Entry<String, Conversation>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().bytes();
      eldest.remove();
    }
  }

  /** The bytes of the conversations held. */
  public synchronized long bytes() {
    return bytes;
  }

  /** How many conversations are held. */
  public synchronized int size() {
    return entries.size();
  }
}
