package dev.durableagents.runtime.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.failure.v1.Failure;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The storage codec: what it stores, what the history keeps, and how it fails. */
class ExternalStorageCodecTest {

  private static final DataConverter JSON = DefaultDataConverter.newDefaultInstance();

  static String text(int length, String marker) {
    StringBuilder s = new StringBuilder(length + marker.length());
    s.append(marker);
    for (int i = 0; s.length() < length; i++) {
      s.append((char) ('a' + i % 26));
    }
    return s.toString();
  }

  /** Storage without a cache: every encode writes and every decode reads. */
  private static ExternalStorage storage(StorageDriver driver) {
    return ExternalStorage.newBuilder().addDriver(driver).setCacheSize(0).build();
  }

  private static StorageClaim claimOf(Payload payload) {
    return StorageClaim.of(payload)
        .orElseThrow(() -> new AssertionError("not a claim: " + payload));
  }

  @Test
  void storesALargePayloadAndKeepsASmallClaimInItsPlace() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter converter = storage(driver).wrap(JSON);
    String big = text(300 * 1024, "");

    Payload payload = converter.toPayload(big).orElseThrow();

    assertTrue(StorageClaim.isClaim(payload));
    assertEquals(StorageClaim.ENCODING, payload.getMetadataMap().get("encoding").toStringUtf8());
    assertTrue(payload.getSerializedSize() < 250, "claim size " + payload.getSerializedSize());
    StorageClaim claim = claimOf(payload);
    assertEquals("memory", claim.driver());
    assertTrue(claim.key().matches("[0-9a-f]{64}"), claim.key());
    assertEquals("sha256:" + claim.key(), claim.digest());
    byte[] stored = driver.objects.get(claim.key());
    assertEquals(stored.length, claim.size());
    assertEquals(JSON.toPayload(big).orElseThrow(), parse(stored));
    assertEquals(big, converter.fromPayload(payload, String.class, String.class));
  }

  @Test
  void storesOnlyPayloadsLargerThanTheThreshold() {
    Payload payload =
        Payload.newBuilder()
            .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
            .setData(ByteString.copyFromUtf8(text(1000, "\"")))
            .build();
    int size = payload.getSerializedSize();
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");

    ExternalStorage atSize =
        ExternalStorage.newBuilder().addDriver(driver).setSizeThreshold(size).build();
    assertEquals(ExternalStorage.DEFAULT_CACHE_SIZE, atSize.cacheSize());
    assertEquals(List.of(payload), atSize.codec().encode(List.of(payload)));
    assertEquals(0, driver.stores.get());

    ExternalStorage belowSize =
        ExternalStorage.newBuilder().addDriver(driver).setSizeThreshold(size - 1).build();
    assertTrue(StorageClaim.isClaim(belowSize.codec().encode(List.of(payload)).get(0)));
    assertEquals(1, driver.stores.get());

    // The default: 256 KiB.
    ExternalStorage byDefault = storage(driver);
    assertFalse(StorageClaim.isClaim(byDefault.wrap(JSON).toPayload(text(200 * 1024, "")).get()));
    assertTrue(StorageClaim.isClaim(byDefault.wrap(JSON).toPayload(text(257 * 1024, "")).get()));
  }

  @Test
  void theSameContentGetsTheSameKeySoRetriedWritesAreHarmless() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter converter = storage(driver).wrap(JSON);
    String big = text(300 * 1024, "");

    Payload first = converter.toPayload(big).orElseThrow();
    Payload second = converter.toPayload(big).orElseThrow();
    Payload other = converter.toPayload(big + "!").orElseThrow();

    assertEquals(first, second);
    assertEquals(2, driver.objects.size());
    assertEquals(3, driver.stores.get());
    assertFalse(claimOf(first).key().equals(claimOf(other).key()));
  }

  @Test
  void theCacheSparesTheStoreRepeatedWritesAndReads() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    ExternalStorage storage = ExternalStorage.newBuilder().addDriver(driver).build();
    Payload big = big();

    Payload claim = storage.codec().encode(List.of(big)).get(0);
    assertEquals(List.of(claim), storage.codec().encode(List.of(big)));
    assertEquals(List.of(big), storage.codec().decode(List.of(claim)));
    assertEquals(1, driver.stores.get());
    assertEquals(0, driver.retrieves.get());

    // Another process (a fresh cache) reads once, then from its cache.
    ExternalStorage other = ExternalStorage.newBuilder().addDriver(driver).build();
    assertEquals(List.of(big), other.codec().decode(List.of(claim)));
    assertEquals(List.of(big), other.codec().decode(List.of(claim)));
    assertEquals(1, driver.retrieves.get());
  }

  @Test
  void theCacheKeepsItsSizeAndNeverVouchesForAnotherDriver() {
    MemoryStorageDriver old = new MemoryStorageDriver("old");
    MemoryStorageDriver current = new MemoryStorageDriver("new");
    Payload oldClaim = storage(old).codec().encode(List.of(big())).get(0);
    ExternalStorage storage =
        ExternalStorage.newBuilder()
            .addDriver(old)
            .addDriver(current)
            .setWriteDriver("new")
            .setCacheSize(big().getSerializedSize() + 1000)
            .build();

    // Read through "old", then written anew: "new" must get its own copy.
    assertEquals(List.of(big()), storage.codec().decode(List.of(oldClaim)));
    Payload newClaim = storage.codec().encode(List.of(big())).get(0);
    assertEquals("new", claimOf(newClaim).driver());
    assertEquals(1, current.stores.get());

    // Room for one: a second payload pushes the first out, so it is read again.
    Payload otherClaim = storage.codec().encode(List.of(big("other"))).get(0);
    assertEquals(List.of(big()), storage.codec().decode(List.of(newClaim)));
    assertEquals(1, current.retrieves.get());
    assertEquals(List.of(big()), storage.codec().decode(List.of(newClaim)));
    assertEquals(1, current.retrieves.get());
    assertEquals(List.of(big("other")), storage.codec().decode(List.of(otherClaim)));
    assertEquals(2, current.retrieves.get());
    assertThrows(
        IllegalArgumentException.class, () -> ExternalStorage.newBuilder().setCacheSize(-1));
  }

  @Test
  void aCorruptedObjectIsATypedErrorNamingItsKey() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter converter = storage(driver).wrap(JSON);
    Payload payload = converter.toPayload(text(300 * 1024, "")).orElseThrow();
    String key = claimOf(payload).key();
    byte[] bytes = driver.objects.get(key);
    bytes[bytes.length / 2] ^= 1; // same size, another digest

    StoredPayloadCorruptedException e =
        assertThrows(
            StoredPayloadCorruptedException.class,
            () -> converter.fromPayload(payload, String.class, String.class));
    assertEquals(key, e.key());
    assertEquals("memory", e.driver());
    assertTrue(e.getMessage().contains(key), e.getMessage());
    assertTrue(e.getMessage().contains("digest"), e.getMessage());

    driver.objects.put(key, new byte[10]);
    StoredPayloadCorruptedException truncated =
        assertThrows(
            StoredPayloadCorruptedException.class,
            () -> converter.fromPayload(payload, String.class, String.class));
    assertTrue(truncated.getMessage().contains("10 bytes"), truncated.getMessage());
  }

  @Test
  void aMissingObjectIsATypedErrorNamingItsKey() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter converter = storage(driver).wrap(JSON);
    Payload payload = converter.toPayload(text(300 * 1024, "")).orElseThrow();
    String key = claimOf(payload).key();
    driver.objects.clear();

    StoredPayloadNotFoundException e =
        assertThrows(
            StoredPayloadNotFoundException.class,
            () -> converter.fromPayload(payload, String.class, String.class));
    assertEquals(key, e.key());
    assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("'memory'"), e.getMessage());
  }

  @Test
  void aClaimOfADriverNotConfiguredHereIsAClearError() {
    Payload payload =
        storage(new MemoryStorageDriver("elsewhere")).codec().encode(List.of(big())).get(0);
    ExternalStorage here = storage(new MemoryStorageDriver("memory"));

    PayloadStorageException e =
        assertThrows(PayloadStorageException.class, () -> here.codec().decode(List.of(payload)));
    assertTrue(e.getMessage().contains("'elsewhere'"), e.getMessage());
    assertTrue(e.getMessage().contains("[memory]"), e.getMessage());
  }

  @Test
  void theWriteDriverWritesAndEveryDriverServesItsOwnClaims() {
    MemoryStorageDriver old = new MemoryStorageDriver("old");
    MemoryStorageDriver current = new MemoryStorageDriver("new");
    Payload oldClaim = storage(old).codec().encode(List.of(big())).get(0);
    ExternalStorage storage =
        ExternalStorage.newBuilder()
            .addDriver(old)
            .addDriver(current)
            .setWriteDriver("new")
            .setCacheSize(0)
            .build();

    Payload newClaim = storage.codec().encode(List.of(big("other"))).get(0);

    assertEquals("new", claimOf(newClaim).driver());
    assertEquals(1, current.objects.size());
    assertEquals(List.of(big(), big("other")), storage.codec().decode(List.of(oldClaim, newClaim)));
  }

  @Test
  void aUserCodecRunsFirstSoTheStoreHoldsItsEncryptedOutput() throws Exception {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter encrypted = new CodecDataConverter(JSON, List.of(new XorEncryptionCodec()));
    DataConverter converter = storage(driver).wrap(encrypted);
    String secret = text(300 * 1024, "TOP-SECRET-PLAINTEXT");

    Payload claim = converter.toPayload(secret).orElseThrow();

    byte[] stored = driver.objects.get(claimOf(claim).key());
    Payload storedPayload = parse(stored);
    assertEquals(
        XorEncryptionCodec.ENCODING, storedPayload.getMetadataMap().get("encoding").toStringUtf8());
    assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("TOP-SECRET"));
    assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("json/plain"));
    assertEquals(secret, converter.fromPayload(claim, String.class, String.class));
  }

  @Test
  void listedFirstInACodecDataConverterTheStorageCodecWrapsTheOthers() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    ExternalStorage storage = storage(driver);
    DataConverter converter =
        new CodecDataConverter(JSON, List.of(storage.codec(), new XorEncryptionCodec()));
    String secret = text(300 * 1024, "TOP-SECRET-PLAINTEXT");

    Payload claim = converter.toPayload(secret).orElseThrow();

    Payload stored = parse(driver.objects.get(claimOf(claim).key()));
    assertEquals(
        XorEncryptionCodec.ENCODING, stored.getMetadataMap().get("encoding").toStringUtf8());
    assertEquals(secret, converter.fromPayload(claim, String.class, String.class));
  }

  @Test
  void largeFailureDetailsAreStoredToo() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    DataConverter converter = storage(driver).wrap(JSON);
    String details = text(300 * 1024, "DETAILS");

    Failure failure =
        converter.exceptionToFailure(ApplicationFailure.newFailure("too big", "Big", details));

    Payload stored = failure.getApplicationFailureInfo().getDetails().getPayloads(0);
    assertTrue(StorageClaim.isClaim(stored));
    ApplicationFailure restored =
        assertInstanceOf(ApplicationFailure.class, converter.failureToException(failure));
    assertEquals(details, restored.getDetails().get(String.class));
  }

  @Test
  void aSelectorCanPickPayloadsByMetadata() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    ExternalStorage storage =
        ExternalStorage.newBuilder()
            .addDriver(driver)
            .setSelector(
                PayloadSelector.largerThan(1 << 20)
                    .or(PayloadSelector.metadataEquals("encoding", "binary/plain")))
            .build();
    DataConverter converter = storage.wrap(JSON);

    Payload bytes = converter.toPayload(new byte[] {1, 2, 3}).orElseThrow();
    Payload json = converter.toPayload("small").orElseThrow();

    assertTrue(StorageClaim.isClaim(bytes));
    assertFalse(StorageClaim.isClaim(json));
    assertArrayEquals(
        new byte[] {1, 2, 3}, converter.fromPayload(bytes, byte[].class, byte[].class));
  }

  @Test
  void claimsAreNeverStoredAgain() {
    MemoryStorageDriver driver = new MemoryStorageDriver("memory");
    ExternalStorage storage =
        ExternalStorage.newBuilder().addDriver(driver).setSelector(PayloadSelector.all()).build();
    Payload claim = storage.codec().encode(List.of(big())).get(0);

    assertEquals(List.of(claim), storage.codec().encode(List.of(claim)));
    assertEquals(1, driver.stores.get());
  }

  @Test
  void aDriverFailureNamesTheDriverAndTheKey() {
    StorageDriver broken =
        new StorageDriver() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public void store(String key, byte[] bytes) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Optional<byte[]> retrieve(String key) throws IOException {
            throw new IOException("unreachable");
          }
        };
    ExternalStorage storage = storage(broken);

    PayloadStorageException e =
        assertThrows(PayloadStorageException.class, () -> storage.codec().encode(List.of(big())));
    assertEquals("broken", e.driver());
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());

    String key = "ab".repeat(32);
    Payload claim = new StorageClaim("broken", key, 10, "sha256:" + key).toPayload();
    PayloadStorageException read =
        assertThrows(PayloadStorageException.class, () -> storage.codec().decode(List.of(claim)));
    assertEquals("ab".repeat(32), read.key());
    assertTrue(read.getMessage().contains("unreachable"), read.getMessage());
  }

  @Test
  void aClaimPayloadWithoutAClaimIsRejected() {
    Payload bad =
        Payload.newBuilder()
            .putMetadata("encoding", ByteString.copyFromUtf8(StorageClaim.ENCODING))
            .setData(ByteString.copyFromUtf8("{\"driver\":\"memory\"}"))
            .build();

    assertThrows(PayloadStorageException.class, () -> StorageClaim.of(bad));
    assertEquals(Optional.empty(), StorageClaim.of(big()));
  }

  @Test
  void wrappingTwiceWrapsOnce() {
    ExternalStorage storage = storage(new MemoryStorageDriver("memory"));
    DataConverter once = storage.wrap(JSON);

    assertSame(once, storage.wrap(once));
  }

  @Test
  void theBuilderRejectsWhatCannotWork() {
    assertThrows(IllegalStateException.class, () -> ExternalStorage.newBuilder().build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ExternalStorage.newBuilder()
                .addDriver(new MemoryStorageDriver("a"))
                .addDriver(new MemoryStorageDriver("a")));
    IllegalStateException unknown =
        assertThrows(
            IllegalStateException.class,
            () ->
                ExternalStorage.newBuilder()
                    .addDriver(new MemoryStorageDriver("a"))
                    .setWriteDriver("b")
                    .build());
    assertTrue(unknown.getMessage().contains("'b'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PayloadSelector.largerThan(-1));
  }

  private static Payload big() {
    return big("");
  }

  private static Payload big(String marker) {
    return JSON.toPayload(text(300 * 1024, marker)).orElseThrow();
  }

  private static Payload parse(byte[] bytes) {
    try {
      return Payload.parseFrom(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
