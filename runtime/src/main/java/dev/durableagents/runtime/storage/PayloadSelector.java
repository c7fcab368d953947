package dev.durableagents.runtime.storage;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import java.util.Objects;

/**
 * Decides which payloads {@link ExternalStorage} takes out of the history. It sees each payload as
 * the data converter and any codec configured before storage made it (so its size is the size the
 * history would get); claims are never offered to it.
 *
 * <pre>{@code
 * // larger than 64 KiB, or any binary payload
 * PayloadSelector selector = PayloadSelector.largerThan(64 * 1024)
 *     .or(PayloadSelector.metadataEquals("encoding", "binary/plain"));
 * // or anything of your own
 * PayloadSelector images = payload -> payload.getData().size() > 16_384
 *     && payload.getData().toStringUtf8().contains("data:image/");
 * }</pre>
 */
@FunctionalInterface
public interface PayloadSelector {

  /** Whether {@code payload} goes to the store. */
  boolean select(Payload payload);

  /** Selects the payloads whose serialized size (data and metadata) exceeds {@code bytes}. */
  static PayloadSelector largerThan(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size threshold cannot be negative: " + bytes);
    }
    return payload -> payload.getSerializedSize() > bytes;
  }

  /** Selects the payloads with metadata {@code key} equal to {@code value} (as UTF-8). */
  static PayloadSelector metadataEquals(String key, String value) {
    Objects.requireNonNull(key, "key");
    ByteString expected = ByteString.copyFromUtf8(Objects.requireNonNull(value, "value"));
    return payload -> expected.equals(payload.getMetadataMap().get(key));
  }

  /** Selects every payload (for tests, or a store that must hold all data). */
  static PayloadSelector all() {
    return payload -> true;
  }

  /** Selects what this or {@code other} selects. */
  default PayloadSelector or(PayloadSelector other) {
    Objects.requireNonNull(other, "other");
    return payload -> select(payload) || other.select(payload);
  }

  /** Selects what both this and {@code other} select. */
  default PayloadSelector and(PayloadSelector other) {
    Objects.requireNonNull(other, "other");
    return payload -> select(payload) && other.select(payload);
  }
}
