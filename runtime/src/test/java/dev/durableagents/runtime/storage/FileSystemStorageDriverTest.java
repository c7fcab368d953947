package dev.durableagents.runtime.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system driver: layout, idempotence, atomic writes. */
class FileSystemStorageDriverTest {

  @TempDir Path dir;

  private static String keyOf(byte[] bytes) {
    return ExternalStorageCodec.sha256(bytes);
  }

  @Test
  void storesAndRetrievesUnderTheKeysFirstTwoCharacters() throws Exception {
    FileSystemStorageDriver driver = new FileSystemStorageDriver(dir.resolve("payloads"));
    byte[] bytes = "hello payload".getBytes(StandardCharsets.UTF_8);
    String key = keyOf(bytes);

    driver.store(key, bytes);

    assertEquals("filesystem", driver.name());
    Path file = dir.resolve("payloads").resolve(key.substring(0, 2)).resolve(key);
    assertEquals(file, driver.pathOf(key));
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertArrayEquals(bytes, driver.retrieve(key).orElseThrow());
  }

  @Test
  void aMissingKeyIsEmpty() throws Exception {
    FileSystemStorageDriver driver = new FileSystemStorageDriver(dir);

    assertEquals(Optional.empty(), driver.retrieve("00".repeat(32)));
  }

  @Test
  void aSecondWriteOfAKeyLeavesTheFileAsItIs() throws Exception {
    FileSystemStorageDriver driver = new FileSystemStorageDriver("fs", dir);
    byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);
    String key = keyOf(bytes);
    driver.store(key, bytes);
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(driver.pathOf(key), old);

    driver.store(key, bytes);

    assertEquals(old, Files.getLastModifiedTime(driver.pathOf(key)));
    assertArrayEquals(bytes, driver.retrieve(key).orElseThrow());
  }

  @Test
  void concurrentWritersOfOneKeyLeaveOneWholeFileAndNoTemporaryFiles() throws Exception {
    FileSystemStorageDriver driver = new FileSystemStorageDriver(dir);
    byte[] bytes = ExternalStorageCodecTest.text(512 * 1024, "").getBytes(StandardCharsets.UTF_8);
    String key = keyOf(bytes);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        writes.add(
            pool.submit(
                () -> {
                  driver.store(key, bytes);
                  return null;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertArrayEquals(bytes, driver.retrieve(key).orElseThrow());
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(driver.pathOf(key)), files.filter(Files::isRegularFile).toList());
    }
  }

  @Test
  void rejectsKeysThatAreNotPlainNames() {
    FileSystemStorageDriver driver = new FileSystemStorageDriver(dir);

    assertThrows(
        IllegalArgumentException.class, () -> driver.store("../../etc/passwd", new byte[1]));
    assertThrows(IllegalArgumentException.class, () -> driver.retrieve("a/b"));
    assertThrows(IllegalArgumentException.class, () -> driver.retrieve(""));
  }

  @Test
  void roundTripsThroughTheCodec() throws Exception {
    FileSystemStorageDriver driver = new FileSystemStorageDriver(dir);
    ExternalStorage storage = ExternalStorage.newBuilder().addDriver(driver).build();
    DataConverter converter = storage.wrap(DefaultDataConverter.newDefaultInstance());
    String big = ExternalStorageCodecTest.text(400 * 1024, "fs");

    Payload claim = converter.toPayload(big).orElseThrow();

    StorageClaim parsed = StorageClaim.of(claim).orElseThrow();
    assertEquals("filesystem", parsed.driver());
    assertEquals(parsed.size(), Files.size(driver.pathOf(parsed.key())));
    assertEquals(big, converter.fromPayload(claim, String.class, String.class));
    assertTrue(driver.toString().contains(dir.toString()));
  }
}
