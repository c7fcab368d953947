package dev.durableagents.examples.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of the {@code mcp/FileSystem} sample (the Python sample's {@code sample_files}), copied
 * from the classpath into a temporary directory once per process, for the filesystem server to
 * serve.
 */
final class SampleFiles {

  static final List<String> NAMES =
      List.of("favorite_books.txt", "favorite_cities.txt", "favorite_songs.txt");

  private static Path directory;

  private SampleFiles() {}

  /** The directory, created on first use; its real path (the filesystem server resolves links). */
  static synchronized Path directory() {
    if (directory == null) {
      try {
        Path dir = Files.createTempDirectory("durable-agents-mcp-files").toRealPath();
        for (String name : NAMES) {
          try (InputStream in =
              SampleFiles.class.getResourceAsStream("/mcp/sample_files/" + name)) {
            if (in == null) {
              throw new IllegalStateException("missing resource mcp/sample_files/" + name);
            }
            Files.copy(in, dir.resolve(name));
          }
        }
        dir.toFile().deleteOnExit();
        for (String name : NAMES) {
          dir.resolve(name).toFile().deleteOnExit();
        }
        directory = dir;
      } catch (IOException e) {
        throw new IllegalStateException("cannot create the sample files: " + e.getMessage(), e);
      }
    }
    return directory;
  }
}
