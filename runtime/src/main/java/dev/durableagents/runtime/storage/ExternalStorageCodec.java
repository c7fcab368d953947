package dev.durableagents.runtime.storage;

import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The {@link PayloadCodec} of an {@link ExternalStorage} (get it with {@link
 * ExternalStorage#codec()}).
 *
 * <p>On encode, each payload the selector picks is serialized (the whole {@code Payload} proto,
 * metadata included), stored by the write driver under the hex SHA-256 of those bytes, and replaced
 * by a {@link StorageClaim} payload. The same payload always gets the same key, so a retried
 * activity or a replayed workflow task writes the same object again, harmlessly. On decode, each
 * claim is read from the driver it names, checked against its size and digest, and parsed back into
 * the original payload; other payloads pass through both ways. Payloads stored or restored lately
 * are kept in a bounded cache ({@link ExternalStorage.Builder#setCacheSize}), which spares the
 * store a second write or read of the same object.
 *
 * <p>Decoding a claim whose object the driver does not have throws {@link
 * StoredPayloadNotFoundException}; an object whose size or digest differs, {@link
 * StoredPayloadCorruptedException}; a driver failure or a claim naming a driver not configured
 * here, {@link PayloadStorageException}. Each names the driver and the key.
 */
public final class ExternalStorageCodec implements PayloadCodec {

  private static final String DIGEST_PREFIX = "sha256:";

  private final ExternalStorage storage;
  private final PayloadCache cache;

  ExternalStorageCodec(ExternalStorage storage, PayloadCache cache) {
    this.storage = storage;
    this.cache = cache;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    List<Payload> encoded = new ArrayList<>(payloads.size());
    for (Payload payload : payloads) {
      encoded.add(encode(payload));
    }
    return encoded;
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    List<Payload> decoded = new ArrayList<>(payloads.size());
    for (Payload payload : payloads) {
      decoded.add(decode(payload));
    }
    return decoded;
  }

  private Payload encode(Payload payload) {
    if (StorageClaim.isClaim(payload) || !storage.selector().select(payload)) {
      return payload;
    }
    byte[] bytes = payload.toByteArray();
    String key = sha256(bytes);
    StorageDriver driver = storage.writeDriver();
    if (cache.get(driver.name(), key) != null) {
      return claim(driver, key, bytes);
    }
    try {
      driver.store(key, bytes);
    } catch (IOException | RuntimeException e) {
      throw new PayloadStorageException(
          "External storage: driver '"
              + driver.name()
              + "' could not store object '"
              + key
              + "' ("
              + bytes.length
              + " bytes): "
              + e,
          driver.name(),
          key,
          e);
    }
    cache.put(driver.name(), key, payload);
    return claim(driver, key, bytes);
  }

  private static Payload claim(StorageDriver driver, String key, byte[] bytes) {
    return new StorageClaim(driver.name(), key, bytes.length, DIGEST_PREFIX + key).toPayload();
  }

  private Payload decode(Payload payload) {
    Optional<StorageClaim> found = StorageClaim.of(payload);
    if (found.isEmpty()) {
      return payload;
    }
    StorageClaim claim = found.get();
    Payload cached = cache.get(claim.driver(), claim.key());
    if (cached != null) {
      return cached;
    }
    StorageDriver driver = storage.drivers().get(claim.driver());
    if (driver == null) {
      throw new PayloadStorageException(
          "External storage: object '"
              + claim.key()
              + "' is held by driver '"
              + claim.driver()
              + "', which is not configured here (drivers: "
              + storage.drivers().keySet()
              + ")",
          claim.driver(),
          claim.key(),
          null);
    }
    Optional<byte[]> retrieved;
    try {
      retrieved = driver.retrieve(claim.key());
    } catch (IOException | RuntimeException e) {
      throw new PayloadStorageException(
          "External storage: driver '"
              + claim.driver()
              + "' could not read object '"
              + claim.key()
              + "': "
              + e,
          claim.driver(),
          claim.key(),
          e);
    }
    byte[] bytes = retrieved.orElseThrow(() -> new StoredPayloadNotFoundException(claim));
    if (bytes.length != claim.size()) {
      throw new StoredPayloadCorruptedException(
          claim, bytes.length + " bytes where " + claim.size() + " were stored", null);
    }
    String digest = DIGEST_PREFIX + sha256(bytes);
    if (!digest.equals(claim.digest())) {
      throw new StoredPayloadCorruptedException(
          claim, "its digest is " + digest + ", the claim's " + claim.digest(), null);
    }
    try {
      Payload restored = Payload.parseFrom(bytes);
      cache.put(claim.driver(), claim.key(), restored);
      return restored;
    } catch (InvalidProtocolBufferException e) {
      throw new StoredPayloadCorruptedException(claim, "its bytes are not a payload", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
