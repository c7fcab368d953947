package dev.durableagents.runtime.storage;

import io.temporal.common.converter.DataConverterException;

/**
 * A payload could not be stored or restored: the driver failed, or a claim names a driver that is
 * not configured. As a {@link DataConverterException}, it fails the workflow task or activity
 * attempt that met it, which Temporal retries: a store that was briefly unreachable costs a retry.
 */
public class PayloadStorageException extends DataConverterException {
  private static final long serialVersionUID = 1L;

  private final String driver;
  private final String key;

  /** An error about the object {@code key} of the driver {@code driver} (either may be null). */
  public PayloadStorageException(String message, String driver, String key, Throwable cause) {
    super(message, cause);
    this.driver = driver;
    this.key = key;
  }

  /** The name of the driver concerned, or null. */
  public String driver() {
    return driver;
  }

  /** The key of the object concerned, or null. */
  public String key() {
    return key;
  }
}
