package dev.durableagents.runtime.storage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A driver in memory that counts its writes, for the codec's tests. */
final class MemoryStorageDriver implements StorageDriver {

  final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  final AtomicInteger stores = new AtomicInteger();
  final AtomicInteger retrieves = new AtomicInteger();
  private final String name;

  MemoryStorageDriver(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void store(String key, byte[] bytes) {
    stores.incrementAndGet();
    objects.putIfAbsent(key, bytes.clone());
  }

  @Override
  public Optional<byte[]> retrieve(String key) {
    retrieves.incrementAndGet();
    byte[] bytes = objects.get(key);
    return Optional.ofNullable(bytes == null ? null : bytes.clone());
  }
}
