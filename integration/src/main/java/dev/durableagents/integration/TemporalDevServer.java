package dev.durableagents.integration;

import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Temporal server for tests: {@code temporal server start-dev} of the official Temporal
 * CLI, headless, on a loopback port, with its state in a SQLite file, so that it can be stopped and
 * started again without losing a workflow.
 *
 * <p>The CLI is found at {@code TEMPORAL_CLI}, else as {@code temporal} on the {@code PATH}. {@code
 * .ci/temporal-cli} installs a pinned version into a virtual environment and prints its path.
 */
public final class TemporalDevServer implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Path cli;
  private final Path database;
  private final int port;
  private final List<String> dynamicConfig;
  private final Path log;
  private Process process;

  private TemporalDevServer(Path cli, Path database, int port, List<String> dynamicConfig) {
    this.cli = cli;
    this.database = database;
    this.port = port;
    this.dynamicConfig = List.copyOf(dynamicConfig);
    this.log = database.resolveSibling(database.getFileName() + ".log");
  }

  /**
   * Starts a server on a free loopback port, keeping its state in {@code database}, and waits until
   * it serves the {@code default} namespace.
   *
   * @param dynamicConfig {@code KEY=VALUE} dynamic configuration values, for example {@code
   *     limit.historyCount.error=2000}
   */
  public static TemporalDevServer start(Path database, String... dynamicConfig) {
    TemporalDevServer server =
        new TemporalDevServer(findCli(), database, freePort(), List.of(dynamicConfig));
    server.launch();
    return server;
  }

  /** The CLI at {@code TEMPORAL_CLI}, else {@code temporal} on the {@code PATH}. */
  public static Path findCli() {
    Path cli = findCliOrNull();
    if (cli == null) {
      throw new IllegalStateException(
          "No Temporal CLI: set TEMPORAL_CLI to its path (.ci/temporal-cli installs one) or put"
              + " `temporal` on the PATH");
    }
    return cli;
  }

  /**
   * The CLI at {@code TEMPORAL_CLI}, else {@code temporal} on the {@code PATH}, or {@code null}.
   */
  public static Path findCliOrNull() {
    String configured = System.getenv("TEMPORAL_CLI");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? path : null;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "temporal");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** A port nothing listens on now, on loopback. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where clients connect: {@code 127.0.0.1:<port>}. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /** Stops the server gracefully (SIGTERM), keeping its database file. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Starts the server again on the same port with the same database file. */
  public void restart() {
    stop();
    launch();
  }

  @Override
  public void close() {
    stop();
  }

  private void launch() {
    List<String> command = new ArrayList<>();
    command.add(cli.toString());
    command.addAll(
        List.of(
            "server",
            "start-dev",
            "--headless",
            "--ip",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--db-filename",
            database.toString(),
            "--log-level",
            "error"));
    for (String value : dynamicConfig) {
      command.add("--dynamic-config-value");
      command.add(value);
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + cli, e);
    }
    awaitReady();
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address()).build());
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the Temporal dev server exited with " + process.exitValue() + "; see " + log);
        }
        try {
          service
              .blockingStub()
              .withDeadlineAfter(2, TimeUnit.SECONDS)
              .describeNamespace(
                  DescribeNamespaceRequest.newBuilder().setNamespace("default").build());
          return;
        } catch (RuntimeException notYet) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "the Temporal dev server did not become ready in " + READY_TIMEOUT + "; see " + log,
                notYet);
          }
          sleep(200);
        }
      }
    } finally {
      service.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
