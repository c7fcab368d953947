package dev.durableagents.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryConversationCacheTest {

  private static ConversationCache.Conversation of(long bytes) {
    return new ConversationCache.Conversation(List.of(Message.user("x")), bytes);
  }

  @Test
  void evictsTheLeastRecentlyUsedConversationsBeyondItsBytes() {
    InMemoryConversationCache cache = new InMemoryConversationCache(100);
    ConversationCache.Conversation a = of(40);
    cache.put("a", a);
    cache.put("b", of(40));
    assertSame(a, cache.get("a")); // now "b" is the least recently used
    cache.put("c", of(40));

    assertNull(cache.get("b"));
    assertSame(a, cache.get("a"));
    assertEquals(80, cache.bytes());
    assertEquals(2, cache.size());
  }

  @Test
  void doesNotStoreAConversationLargerThanItsBoundAndReplacesByKey() {
    InMemoryConversationCache cache = new InMemoryConversationCache(100);
    cache.put("a", of(30));
    cache.put("huge", of(101));
    assertNull(cache.get("huge"));
    cache.put("a", of(50));
    assertEquals(50, cache.bytes());
    assertEquals(1, cache.size());
  }

  @Test
  void rejectsNegativeBounds() {
    assertThrows(IllegalArgumentException.class, () -> ConversationCache.inMemory(-1));
    assertThrows(IllegalArgumentException.class, () -> of(-1));
  }
}
