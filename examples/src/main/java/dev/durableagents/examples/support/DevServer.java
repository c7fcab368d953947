package dev.durableagents.examples.support;

import io.temporal.testserver.TestServer;
import java.io.Closeable;

/**
 * A standalone Temporal development server: Temporal's Java test server bound to a local port, in
 * real time (no time skipping), so that nothing needs installing. Workflows live as long as its
 * process, so workers and starters in other processes can come and go as long as they stop
 * gracefully: a worker killed with SIGKILL leaves its long polls behind, the test server hands them
 * tasks that are never delivered again, and the runs wait forever. To see crash recovery use the
 * real dev server ({@code temporal server start-dev}, see examples/README.md).
 *
 * <p>It keeps everything in memory; use a real Temporal server for anything that must outlive it.
 */
public final class DevServer implements Closeable {

  /** The port {@code temporal server start-dev} uses, and the samples' default. */
  public static final int DEFAULT_PORT = 7233;

  private final TestServer.PortBoundTestServer server;
  private final int port;

  private DevServer(TestServer.PortBoundTestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts a server listening on {@code port}. */
  public static DevServer start(int port) {
    // lockTimeSkipping = true: time runs as on a real server, timers are not skipped.
    return new DevServer(TestServer.createPortBoundServer(port, true), port);
  }

  /** The address clients connect to, {@code 127.0.0.1:<port>}. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    server.close();
  }
}
