package dev.durableagents.runtime.storage;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * External payload storage: which payloads leave the workflow history, and where they go.
 *
 * <p>The payloads the {@link PayloadSelector selector} picks (by default, those larger than {@value
 * #DEFAULT_SIZE_THRESHOLD} bytes) are written by the write driver, and a {@link StorageClaim} takes
 * their place in the history. A claim is read back with the driver it names, so drivers that older
 * claims name can stay configured for reading while a new one writes.
 *
 * <pre>{@code
 * ExternalStorage storage = ExternalStorage.newBuilder()
 *     .addDriver(PostgresStorageDriver.newBuilder(dataSource).build())   // writes
 *     .addDriver(new FileSystemStorageDriver(Path.of("/var/lib/agents/payloads")))  // old claims
 *     .setSizeThreshold(128 * 1024)
 *     .build();
 * DurableAgentsPlugin agents =
 *     DurableAgentsPlugin.newBuilder().setExternalStorage(storage).build();
 * }</pre>
 *
 * <p>Every process that reads these histories (workers, clients that get results, replayers, codec
 * servers) needs the same storage configuration and access to the same store.
 */
public final class ExternalStorage {

  /** The default size threshold: payloads larger than 256 KiB are stored. */
  public static final int DEFAULT_SIZE_THRESHOLD = 256 * 1024;

  /** The default size of the cache of stored and restored payloads: 32 MiB. */
  public static final long DEFAULT_CACHE_SIZE = 32L * 1024 * 1024;

  private final Map<String, StorageDriver> drivers;
  private final StorageDriver writeDriver;
  private final PayloadSelector selector;
  private final long cacheSize;
  private final ExternalStorageCodec codec;

  private ExternalStorage(Builder b) {
    this.drivers = Collections.unmodifiableMap(new LinkedHashMap<>(b.drivers));
    this.writeDriver =
        b.writeDriver == null ? b.drivers.values().iterator().next() : b.drivers.get(b.writeDriver);
    this.selector = b.selector;
    this.cacheSize = b.cacheSize;
    this.codec = new ExternalStorageCodec(this, new PayloadCache(b.cacheSize));
  }

  /** A builder; add at least one driver. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The drivers, by name, in the order they were added. */
  public Map<String, StorageDriver> drivers() {
    return drivers;
  }

  /** The driver that stores new payloads. */
  public StorageDriver writeDriver() {
    return writeDriver;
  }

  /** Which payloads are stored. */
  public PayloadSelector selector() {
    return selector;
  }

  /** The most bytes of payloads kept in memory to spare the store reads and writes. */
  public long cacheSize() {
    return cacheSize;
  }

  /**
   * The codec that replaces selected payloads with claims on encode and restores them on decode.
   * Put it first in the codecs of a {@link CodecDataConverter} or a codec server ({@code
   * List.of(storage.codec(), encryptionCodec)}): earlier codecs wrap later ones, so the others
   * encode before it and decode after it. {@link #wrap} does this for a whole converter.
   */
  public ExternalStorageCodec codec() {
    return codec;
  }

  /**
   * {@code converter} with this storage applied after it: on the way to the history, the payloads
   * {@code converter} makes (with its own codecs applied, encryption for instance) are stored; on
   * the way back, they are restored and then handed to {@code converter}. Wrapping a converter that
   * this storage already wraps returns it as it is.
   *
   * <pre>{@code
   * DataConverter encrypted = new CodecDataConverter(DefaultDataConverter.newDefaultInstance(),
   *     List.of(new MyEncryptionCodec()));
   * WorkflowClientOptions options = WorkflowClientOptions.newBuilder()
   *     .setDataConverter(storage.wrap(encrypted))   // stores the encrypted bytes
   *     .build();
   * }</pre>
   */
  public DataConverter wrap(DataConverter converter) {
    Objects.requireNonNull(converter, "converter");
    if (converter instanceof StorageDataConverter
        && ((StorageDataConverter) converter).storage == this) {
      return converter;
    }
    return new StorageDataConverter(converter, this);
  }

  /** A {@link CodecDataConverter} whose one codec is a storage's; recognised by {@link #wrap}. */
  static final class StorageDataConverter extends CodecDataConverter {
    final ExternalStorage storage;

    StorageDataConverter(DataConverter converter, ExternalStorage storage) {
      super(converter, List.of(storage.codec()));
      this.storage = storage;
    }
  }

  /** Builds {@link ExternalStorage}s. */
  public static final class Builder {
    private final Map<String, StorageDriver> drivers = new LinkedHashMap<>();
    private String writeDriver;
    private PayloadSelector selector = PayloadSelector.largerThan(DEFAULT_SIZE_THRESHOLD);
    private long cacheSize = DEFAULT_CACHE_SIZE;

    private Builder() {}

    /**
     * Adds a driver. The first one added writes, unless {@link #setWriteDriver} names another; the
     * others serve the claims that name them.
     *
     * @throws IllegalArgumentException if a driver of the same name was added
     */
    public Builder addDriver(StorageDriver driver) {
      Objects.requireNonNull(driver, "driver");
      String name = Objects.requireNonNull(driver.name(), "driver name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("A storage driver's name cannot be empty");
      }
      if (drivers.putIfAbsent(name, driver) != null) {
        throw new IllegalArgumentException(
            "Two storage drivers are named '" + name + "'; names must be unique");
      }
      return this;
    }

    /** The name of the driver that stores new payloads; default the first driver added. */
    public Builder setWriteDriver(String name) {
      this.writeDriver = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Stores the payloads larger than {@code bytes} (their serialized size, data and metadata);
     * default {@value ExternalStorage#DEFAULT_SIZE_THRESHOLD}. The same as {@code
     * setSelector(PayloadSelector.largerThan(bytes))}.
     */
    public Builder setSizeThreshold(long bytes) {
      this.selector = PayloadSelector.largerThan(bytes);
      return this;
    }

    /**
     * Which payloads are stored; replaces the size threshold. Combine both with {@code
     * PayloadSelector.largerThan(n).or(...)}.
     */
    public Builder setSelector(PayloadSelector selector) {
      this.selector = Objects.requireNonNull(selector, "selector");
      return this;
    }

    /**
     * How many bytes of payloads (serialized) this process keeps in memory after storing or
     * restoring them, least recently used out first; default {@value
     * ExternalStorage#DEFAULT_CACHE_SIZE}; 0 turns the cache off. A cached payload is not read from
     * the store again (a workflow replayed on a worker whose cache lost it, a result read twice)
     * nor written again (a replayed workflow task, a retried activity). Entries are verified
     * content under content-addressed keys, so they never go stale.
     */
    public Builder setCacheSize(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("a cache size cannot be negative: " + bytes);
      }
      this.cacheSize = bytes;
      return this;
    }

    /**
     * The storage.
     *
     * @throws IllegalStateException if no driver was added, or the write driver is not one of them
     */
    public ExternalStorage build() {
      if (drivers.isEmpty()) {
        throw new IllegalStateException(
            "External storage needs at least one driver: addDriver(...)");
      }
      if (writeDriver != null && !drivers.containsKey(writeDriver)) {
        throw new IllegalStateException(
            "The write driver '" + writeDriver + "' is not one of the drivers " + drivers.keySet());
      }
      return new ExternalStorage(this);
    }
  }
}
