package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MCP server reached over the HTTP+SSE transport of protocol revision 2024-11-05, which older
 * servers speak: a GET opens a server-sent event stream whose first {@code endpoint} event names
 * the URL to POST messages to; the server's answers come back as {@code message} events on the
 * stream. Closing the client closes the stream, which ends the session.
 */
final class SseMcpClient extends JsonRpcMcpClient {

  private final HttpClient http;
  private final URI sseUrl;
  private final Map<String, String> headers;
  private final InputStream stream;
  // JSON-RPC messages of the stream, read by a daemon thread; an empty Optional marks its end.
  private final BlockingQueue<Optional<JsonNode>> messages = new LinkedBlockingQueue<>();
  private final BlockingQueue<URI> endpoint = new LinkedBlockingQueue<>();
  private URI postUrl;

  private SseMcpClient(
      HttpClient http,
      String serverName,
      URI sseUrl,
      Map<String, String> headers,
      Duration requestTimeout,
      InputStream stream) {
    super(serverName, requestTimeout);
    this.http = http;
    this.sseUrl = sseUrl;
    this.headers = Map.copyOf(headers);
    this.stream = stream;
    Thread reader = new Thread(this::readEvents, "mcp-sse-" + serverName);
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the event stream, waits for the endpoint and runs the handshake. */
  static SseMcpClient connect(
      HttpClient http,
      String serverName,
      URI sseUrl,
      Map<String, String> headers,
      Duration requestTimeout) {
    HttpRequest.Builder get =
        HttpRequest.newBuilder(sseUrl).header("Accept", "text/event-stream").GET();
    headers.forEach(get::header);
    HttpResponse<InputStream> response;
    try {
      response = http.send(get.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new McpException(
          "MCP server '" + serverName + "': cannot open " + sseUrl + ": " + e.getMessage(),
          true,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpException("MCP server '" + serverName + "': interrupted", true, e);
    }
    if (response.statusCode() != 200) {
      try {
        response.body().close();
      } catch (IOException e) {
        // nothing more to read
      }
      int status = response.statusCode();
      throw new McpException(
          "MCP server '" + serverName + "': HTTP " + status + " from " + sseUrl,
          status >= 500 || status == 408 || status == 429,
          null);
    }
    SseMcpClient client =
        new SseMcpClient(http, serverName, sseUrl, headers, requestTimeout, response.body());
    try {
      client.awaitEndpoint();
      client.initialize();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  private void awaitEndpoint() {
    try {
      postUrl = endpoint.poll(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (postUrl == null) {
      throw new McpException(
          "MCP server '"
              + serverName
              + "': no endpoint event on "
              + sseUrl
              + " within "
              + requestTimeout,
          true,
          null);
    }
  }

  private void readEvents() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String event = "message";
      StringBuilder data = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          dispatch(event, data.toString());
          event = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
        }
      }
    } catch (IOException e) {
      // The stream broke or was closed; the end marker below tells the waiting request.
    }
    messages.add(Optional.empty());
  }

  private void dispatch(String event, String data) {
    if (data.isEmpty()) {
      return;
    }
    if (event.equals("endpoint")) {
      endpoint.add(sseUrl.resolve(data.trim()));
      return;
    }
    try {
      messages.add(Optional.of(Json.mapper().readTree(data)));
    } catch (IOException e) {
      // not JSON-RPC: skipped
    }
  }

  @Override
  JsonNode exchange(ObjectNode request, long id) throws IOException {
    post(request);
    long deadline = System.nanoTime() + requestTimeout.toNanos();
    while (true) {
      Optional<JsonNode> message;
      try {
        message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the server");
      }
      if (message == null) {
        throw new IOException("no answer within " + requestTimeout);
      }
      if (message.isEmpty()) {
        messages.add(message); // keep the end marker for later requests
        throw new IOException("the server closed the event stream");
      }
      JsonNode m = message.get();
      if (isAnswer(m, id)) {
        return m;
      }
      if (m.has("method") && m.has("id")) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("jsonrpc", "2.0").set("id", m.get("id"));
        if ("ping".equals(m.path("method").asText())) {
          answer.putObject("result");
        } else {
          answer.putObject("error").put("code", -32601).put("message", "Method not found");
        }
        post(answer);
      }
    }
  }

  @Override
  void sendNotification(ObjectNode notification) throws IOException {
    post(notification);
  }

  private void post(ObjectNode message) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(postUrl)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(message)));
    headers.forEach(request::header);
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the server");
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      String text = "HTTP " + status + " from " + postUrl + ": " + response.body();
      if (status >= 500 || status == 408 || status == 429) {
        throw new IOException(text);
      }
      throw new McpException("MCP server '" + serverName + "': " + text, false, null);
    }
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // The server ends the session when the stream closes, either way.
    }
  }
}
