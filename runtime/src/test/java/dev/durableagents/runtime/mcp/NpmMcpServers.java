package dev.durableagents.runtime.mcp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference MCP servers from the npm registry ({@code @modelcontextprotocol/server-filesystem},
 * {@code server-memory}, {@code server-everything}), installed once into {@code
 * target/npm-mcp-servers} with {@code npm install}. Tests that need them are skipped, with the
 * reason, when npm or the registry is unavailable.
 */
final class NpmMcpServers {

  private static final Path DIR = Path.of("target", "npm-mcp-servers").toAbsolutePath();
  private static final List<String> PACKAGES =
      List.of(
          "@modelcontextprotocol/server-filesystem",
          "@modelcontextprotocol/server-memory",
          "@modelcontextprotocol/server-everything");

  private static String unavailable;
  private static boolean installed;

  private NpmMcpServers() {}

  /**
   * The command that runs the server {@code bin} ({@code mcp-server-memory}...) with {@code args}.
   */
  static List<String> command(String bin, String... args) {
    ensureInstalled();
    Path script = DIR.resolve("node_modules").resolve(".bin").resolve(bin);
    List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** A free loopback port. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void ensureInstalled() {
    assumeTrue(unavailable == null, () -> unavailable);
    if (installed) {
      return;
    }
    if (PACKAGES.stream()
        .allMatch(p -> Files.isDirectory(DIR.resolve("node_modules").resolve(p)))) {
      installed = true;
      return;
    }
    try {
      Files.createDirectories(DIR);
      List<String> command =
          new java.util.ArrayList<>(
              List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", DIR.toString()));
      command.addAll(PACKAGES);
      Process npm =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm-install.log").toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES)) {
        npm.destroyForcibly();
        unavailable = "npm install of the MCP servers took more than 5 minutes";
      } else if (npm.exitValue() != 0) {
        unavailable =
            "npm install of the MCP servers failed: see " + DIR.resolve("npm-install.log");
      } else {
        installed = true;
      }
    } catch (IOException e) {
      unavailable = "npm is not available: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unavailable = "interrupted";
    }
    assumeTrue(unavailable == null, () -> unavailable);
  }

  /** A server process on a loopback port, stopped by {@link #close()}. */
  static final class HttpServer implements AutoCloseable {
    final Process process;
    final int port;

    HttpServer(List<String> command, int port) {
      this.port = port;
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("PORT", Integer.toString(port));
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
          return;
        } catch (IOException e) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      process.destroyForcibly();
      throw new IllegalStateException("the server did not listen on port " + port);
    }

    java.net.URI url(String path) {
      return java.net.URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
