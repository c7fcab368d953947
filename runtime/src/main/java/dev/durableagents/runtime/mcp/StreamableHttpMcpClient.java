package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An MCP server reached over the streamable HTTP transport: each message is a POST to the server's
 * URL, answered with JSON or with a server-sent event stream that carries the answer. The session
 * id the server gives in the handshake goes with every later request; closing the client ends the
 * session with a DELETE.
 */
final class StreamableHttpMcpClient extends JsonRpcMcpClient {

  private static final String SESSION_HEADER = "Mcp-Session-Id";

  private final HttpClient http;
  private final URI url;
  private final Map<String, String> headers;
  private String sessionId;

  private StreamableHttpMcpClient(
      HttpClient http,
      String serverName,
      URI url,
      Map<String, String> headers,
      Duration requestTimeout) {
    super(serverName, requestTimeout);
    this.http = http;
    this.url = url;
    this.headers = Map.copyOf(headers);
  }

  /** An HTTP client for the sessions of one server; it is shared by its activities. */
  static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** Opens a session: connects and runs the handshake. */
  static StreamableHttpMcpClient connect(
      HttpClient http,
      String serverName,
      URI url,
      Map<String, String> headers,
      Duration requestTimeout) {
    StreamableHttpMcpClient client =
        new StreamableHttpMcpClient(http, serverName, url, headers, requestTimeout);
    try {
      client.initialize();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  @Override
  JsonNode exchange(ObjectNode request, long id) throws IOException {
    HttpResponse<Stream<String>> response = post(request);
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    try (Stream<String> body = response.body()) {
      if (contentType.startsWith("text/event-stream")) {
        return fromEvents(body.iterator(), id);
      }
      JsonNode message =
          Json.mapper().readTree(String.join("\n", (Iterable<String>) body::iterator));
      if (message != null && message.isArray()) {
        for (JsonNode m : message) {
          if (isAnswer(m, id)) {
            return m;
          }
        }
      } else if (message != null && isAnswer(message, id)) {
        return message;
      }
      throw new IOException("the answer to request " + id + " is missing from the response");
    }
  }

  /** How many times one answer's event stream is resumed after the server closed it. */
  private static final int MAX_RESUMPTIONS = 5;

  /** How long to wait before resuming a stream whose server named no {@code retry} delay. */
  private static final long DEFAULT_RETRY_MILLIS = 1000;

  /**
   * Reads server-sent events until the one that carries the answer to {@code id}. A stream that
   * ends without it, after events with ids, is resumed as the protocol says (since 2025-11-25): a
   * GET with {@code Last-Event-ID}, after the {@code retry} delay the server gave.
   */
  private JsonNode fromEvents(Iterator<String> lines, long id) throws IOException {
    EventStream stream = new EventStream();
    JsonNode answer = stream.read(lines, id);
    for (int resumptions = 0;
        answer == null && stream.lastEventId != null && resumptions < MAX_RESUMPTIONS;
        resumptions++) {
      try {
        Thread.sleep(stream.retryMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to resume the event stream");
      }
      HttpRequest.Builder get =
          HttpRequest.newBuilder(url)
              .timeout(requestTimeout)
              .header("Accept", "text/event-stream")
              .header("Last-Event-ID", stream.lastEventId)
              .GET();
      decorate(get);
      HttpResponse<Stream<String>> response;
      try {
        response = http.send(get.build(), HttpResponse.BodyHandlers.ofLines());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the server");
      }
      try (Stream<String> body = response.body()) {
        if (response.statusCode() != 200) {
          break;
        }
        answer = stream.read(body.iterator(), id);
      }
    }
    if (answer == null) {
      throw new IOException("the event stream ended without the answer to request " + id);
    }
    return answer;
  }

  /** The state of one answer's event stream: the last event id and the retry delay. */
  private static final class EventStream {
    String lastEventId;
    long retryMillis = DEFAULT_RETRY_MILLIS;

    /** Reads events until the answer to {@code id} ({@code null} if the stream ends first). */
    JsonNode read(Iterator<String> lines, long id) {
      StringBuilder data = new StringBuilder();
      while (lines.hasNext()) {
        String line = lines.next();
        if (line.startsWith("data:")) {
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
        } else if (line.startsWith("id:")) {
          lastEventId = line.substring(3).trim();
        } else if (line.startsWith("retry:")) {
          try {
            retryMillis = Long.parseLong(line.substring(6).trim());
          } catch (NumberFormatException e) {
            // keep the previous delay
          }
        } else if (line.isEmpty() && data.length() > 0) {
          JsonNode message = parse(data.toString());
          data.setLength(0);
          if (message != null && isAnswer(message, id)) {
            return message;
          }
        }
      }
      if (data.length() > 0) {
        JsonNode message = parse(data.toString());
        if (message != null && isAnswer(message, id)) {
          return message;
        }
      }
      return null;
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  void sendNotification(ObjectNode notification) throws IOException {
    post(notification).body().close();
  }

  private HttpResponse<Stream<String>> post(ObjectNode message) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(message)));
    decorate(request);
    HttpResponse<Stream<String>> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the server");
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      String body;
      try (Stream<String> lines = response.body()) {
        body = String.join("\n", (Iterable<String>) lines::iterator);
      }
      String text = "HTTP " + status + " from " + url + (body.isBlank() ? "" : ": " + body);
      if (status >= 500 || status == 408 || status == 429) {
        throw new IOException(text);
      }
      throw new McpException("MCP server '" + serverName + "': " + text, false, null);
    }
    response.headers().firstValue(SESSION_HEADER).ifPresent(id -> sessionId = id);
    return response;
  }

  private void decorate(HttpRequest.Builder request) {
    headers.forEach(request::header);
    if (sessionId != null) {
      request.header(SESSION_HEADER, sessionId);
      request.header("MCP-Protocol-Version", protocolVersion());
    }
  }

  @Override
  public void close() {
    if (sessionId == null) {
      return;
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout).DELETE();
    decorate(request);
    try {
      http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      // The server forgets the session on its own.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
