package dev.durableagents.runtime.storage;

import io.temporal.api.common.v1.Payload;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payloads this process stored or restored lately, by driver and key, least recently used out
 * first once their serialized sizes add up to more than the limit. An entry means the driver holds
 * the object (it was written or read there) and what it holds (verified against its digest).
 */
final class PayloadCache {

  private final long maxBytes;
  private final LinkedHashMap<String, Payload> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  PayloadCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  private static String id(String driver, String key) {
    return driver + '\n' + key;
  }

  synchronized Payload get(String driver, String key) {
    return maxBytes == 0 ? null : entries.get(id(driver, key));
  }

  synchronized void put(String driver, String key, Payload payload) {
    long size = payload.getSerializedSize();
    if (size > maxBytes) {
      return;
    }
    Payload old = entries.put(id(driver, key), payload);
    if (old != null) {
      bytes -= old.getSerializedSize();
    }
    bytes += size;
    Iterator<Map.Entry<String, Payload>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().getSerializedSize();
      eldest.remove();
    }
  }

  synchronized long bytes() {
    return bytes;
  }
}
