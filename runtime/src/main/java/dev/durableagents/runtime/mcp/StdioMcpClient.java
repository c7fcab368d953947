package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MCP server run as a child process, speaking newline-delimited JSON-RPC on its stdin and
 * stdout. Its stderr goes to the worker's stderr. Closing the client closes the server's stdin and
 * stops the process.
 */
final class StdioMcpClient extends JsonRpcMcpClient {

  private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

  private final Process process;
  private final Writer stdin;
  // Lines of stdout, read by a daemon thread; an empty Optional marks the end of the stream.
  private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

  private StdioMcpClient(String serverName, Duration requestTimeout, Process process) {
    super(serverName, requestTimeout);
    this.process = process;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readStdout, "mcp-stdio-" + serverName);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the server's process and runs the handshake. */
  static StdioMcpClient start(
      String serverName, List<String> command, Map<String, String> env, Duration requestTimeout) {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new McpException(
          "MCP server '" + serverName + "': cannot start " + command + ": " + e.getMessage(),
          true,
          e);
    }
    StdioMcpClient client = new StdioMcpClient(serverName, requestTimeout, process);
    try {
      client.initialize();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  private void readStdout() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(Optional.of(line));
      }
    } catch (IOException e) {
      // The process ended or was stopped; the end marker below tells the waiting request.
    }
    lines.add(Optional.empty());
  }

  @Override
  JsonNode exchange(ObjectNode request, long id) throws IOException {
    write(request);
    long deadline = System.nanoTime() + requestTimeout.toNanos();
    while (true) {
      Optional<String> line;
      try {
        line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the server");
      }
      if (line == null) {
        throw new IOException("no answer within " + requestTimeout);
      }
      if (line.isEmpty()) {
        lines.add(line); // keep the end marker for later requests
        throw new IOException("the server closed its output" + exitCode());
      }
      JsonNode message;
      try {
        message = Json.mapper().readTree(line.get());
      } catch (IOException e) {
        continue; // not JSON-RPC: a server that logs to stdout
      }
      if (isAnswer(message, id)) {
        return message;
      }
      if (message.has("method") && message.has("id")) {
        answerServerRequest(message);
      }
      // Notifications (logging, progress) are not used.
    }
  }

  /** The server asked the client something: answer pings; this client offers nothing else. */
  private void answerServerRequest(JsonNode request) throws IOException {
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("jsonrpc", "2.0").set("id", request.get("id"));
    if ("ping".equals(request.path("method").asText())) {
      answer.putObject("result");
    } else {
      answer.putObject("error").put("code", -32601).put("message", "Method not found");
    }
    write(answer);
  }

  @Override
  void sendNotification(ObjectNode notification) throws IOException {
    write(notification);
  }

  private void write(ObjectNode message) throws IOException {
    synchronized (stdin) {
      stdin.write(Json.mapper().writeValueAsString(message));
      stdin.write('\n');
      stdin.flush();
    }
  }

  private String exitCode() {
    try {
      if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
        return " (exit code " + process.exitValue() + ")";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  @Override
  public void close() {
    try {
      stdin.close();
    } catch (IOException e) {
      // The process is stopped below either way.
    }
    try {
      if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroy();
        if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
