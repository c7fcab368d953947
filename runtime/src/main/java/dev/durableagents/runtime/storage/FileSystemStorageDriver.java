package dev.durableagents.runtime.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link StorageDriver} that keeps each object in a file of a directory on this machine: {@code
 * DIR/9f/9f86d0…}, under the first two characters of its key.
 *
 * <p>A write goes to a temporary file in the same directory, is flushed to disk, and is renamed
 * into place atomically: a reader sees a whole object or none, and concurrent writers of the same
 * key leave one whole copy. It suits one machine (a developer's, a single-host deployment, tests),
 * or a shared file system that every worker mounts at the same path.
 *
 * <pre>{@code
 * ExternalStorage storage = ExternalStorage.newBuilder()
 *     .addDriver(new FileSystemStorageDriver(Path.of("/var/lib/agents/payloads")))
 *     .build();
 * }</pre>
 */
public final class FileSystemStorageDriver implements StorageDriver {

  /** The default driver name. */
  public static final String DEFAULT_NAME = "filesystem";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,254}");

  private final String name;
  private final Path directory;

  /** A driver named {@value #DEFAULT_NAME} storing into {@code directory} (created if absent). */
  public FileSystemStorageDriver(Path directory) {
    this(DEFAULT_NAME, directory);
  }

  /** A driver with this name storing into {@code directory} (created if absent). */
  public FileSystemStorageDriver(String name, Path directory) {
    this.name = Objects.requireNonNull(name, "name");
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
  }

  @Override
  public String name() {
    return name;
  }

  /** The directory that holds the objects. */
  public Path directory() {
    return directory;
  }

  /** The file that holds (or would hold) the object {@code key}. */
  public Path pathOf(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a storage key: '" + key + "'");
    }
    return directory.resolve(key.substring(0, 2)).resolve(key);
  }

  @Override
  public void store(String key, byte[] bytes) throws IOException {
    Path target = pathOf(key);
    if (Files.exists(target)) {
      return;
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + key + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "The file system of " + directory + " cannot rename files atomically", e);
      }
      syncDirectory(parent);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Flushes the directory entry of a renamed file, where the platform allows it (not Windows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: some platforms cannot open a directory.
    }
  }

  @Override
  public Optional<byte[]> retrieve(String key) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(pathOf(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "FileSystemStorageDriver[" + name + ": " + directory + "]";
  }
}
