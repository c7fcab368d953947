package dev.durableagents.runtime.storage;

import java.io.IOException;
import java.util.Optional;

/**
 * A store of payload bytes by key, where {@link ExternalStorage} puts the payloads it takes out of
 * the workflow history.
 *
 * <p>Keys are content-addressed (the hex SHA-256 of the bytes), so a key always names the same
 * bytes: {@link #store} must be idempotent, and may skip the write when the key is already there.
 * Both methods may be called from several threads at once, and from workflow threads (Temporal
 * decodes an activity's result in the workflow that awaits it), so they should be quick.
 *
 * <p>The {@link #name()} is written into every claim the driver's objects get, and is how a claim
 * finds its driver again: keep it stable, and configure every driver that old claims name.
 *
 * <pre>{@code
 * final class MapStorageDriver implements StorageDriver {
 *   private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
 *   public String name() { return "memory"; }
 *   public void store(String key, byte[] bytes) { objects.putIfAbsent(key, bytes.clone()); }
 *   public Optional<byte[]> retrieve(String key) { return Optional.ofNullable(objects.get(key)); }
 * }
 * }</pre>
 *
 * @see FileSystemStorageDriver
 * @see PostgresStorageDriver
 */
public interface StorageDriver {

  /** The driver's name, recorded in each claim; unique among the drivers of its storage. */
  String name();

  /**
   * Stores {@code bytes} under {@code key}, durably, before returning. When the key is already
   * there (a retried or replayed write), leaves it as it is.
   *
   * @param key the hex SHA-256 of {@code bytes}: 64 characters {@code [0-9a-f]}
   * @throws IOException if the store cannot be written
   */
  void store(String key, byte[] bytes) throws IOException;

  /**
   * The bytes stored under {@code key}, or empty if there are none.
   *
   * @throws IOException if the store cannot be read
   */
  Optional<byte[]> retrieve(String key) throws IOException;
}
