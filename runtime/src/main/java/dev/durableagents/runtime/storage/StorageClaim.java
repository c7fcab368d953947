package dev.durableagents.runtime.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim check that stands in the history for a stored payload: the driver that holds it, its
 * key, and the size and SHA-256 digest of the stored bytes (the serialized {@code Payload} proto,
 * as any codec configured before storage left it).
 *
 * <p>As a payload, a claim has the metadata {@code encoding: durable-agents/claim} and a small JSON
 * object as data:
 *
 * <pre>{@code
 * {"driver":"postgres","key":"9f86d0…","size":1048594,"digest":"sha256:9f86d0…"}
 * }</pre>
 *
 * <p>{@link #of(Payload)} reads one, for tools that inspect histories:
 *
 * <pre>{@code
 * for (Payload p : event.getActivityTaskCompletedEventAttributes().getResult().getPayloadsList()) {
 *   StorageClaim.of(p).ifPresent(claim -> System.out.println(claim.driver() + "/" + claim.key()));
 * }
 * }</pre>
 *
 * @param driver the name of the {@link StorageDriver} that holds the bytes
 * @param key the key under which the driver holds them: the hex SHA-256 of the bytes
 * @param size the number of stored bytes
 * @param digest {@code sha256:} and the hex SHA-256 of the stored bytes
 */
public record StorageClaim(String driver, String key, long size, String digest) {

  /** The {@code encoding} metadata value of claim payloads. */
  public static final String ENCODING = "durable-agents/claim";

  private static final String ENCODING_KEY = "encoding";
  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks that no part is missing. */
  public StorageClaim {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(digest, "digest");
  }

  /** Whether {@code payload} is a claim (its {@code encoding} is {@value #ENCODING}). */
  public static boolean isClaim(Payload payload) {
    ByteString encoding = payload.getMetadataMap().get(ENCODING_KEY);
    return ENCODING_BYTES.equals(encoding);
  }

  /**
   * The claim {@code payload} holds, or empty if it is not a claim.
   *
   * @throws PayloadStorageException if it is marked as a claim but its data is not one
   */
  public static Optional<StorageClaim> of(Payload payload) {
    if (!isClaim(payload)) {
      return Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(payload.getData().toString(StandardCharsets.UTF_8));
      JsonNode driver = json.get("driver");
      JsonNode key = json.get("key");
      JsonNode size = json.get("size");
      JsonNode digest = json.get("digest");
      if (driver == null
          || !driver.isTextual()
          || key == null
          || !key.isTextual()
          || size == null
          || !size.canConvertToLong()
          || digest == null
          || !digest.isTextual()) {
        throw new IOException("a claim needs the text fields driver, key, digest and a size");
      }
      return Optional.of(
          new StorageClaim(driver.asText(), key.asText(), size.asLong(), digest.asText()));
    } catch (IOException e) {
      throw new PayloadStorageException(
          "External storage: a payload marked "
              + ENCODING
              + " holds no valid claim: "
              + e.getMessage(),
          null,
          null,
          e);
    }
  }

  /** This claim as a payload, to stand in the history for the stored one. */
  public Payload toPayload() {
    ObjectNode json = JSON.createObjectNode();
    json.put("driver", driver);
    json.put("key", key);
    json.put("size", size);
    json.put("digest", digest);
    return Payload.newBuilder()
        .putMetadata(ENCODING_KEY, ENCODING_BYTES)
        .setData(ByteString.copyFromUtf8(json.toString()))
        .build();
  }
}
