package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link CalculatorMcpServer} over the streamable HTTP transport, on a loopback port: the handshake
 * gives a session id that later requests must carry; {@code tools/call} is answered as a
 * server-sent event stream, everything else as JSON; a DELETE ends the session.
 */
final class LoopbackMcpHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final List<String> sessions = new CopyOnWriteArrayList<>();
  private final List<String> ended = new CopyOnWriteArrayList<>();

  LoopbackMcpHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/mcp", this::serve);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
  }

  /** The session ids handed out, in order. */
  List<String> sessions() {
    return sessions;
  }

  /** The session ids ended by a DELETE, in order. */
  List<String> endedSessions() {
    return ended;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String session = exchange.getRequestHeaders().getFirst("Mcp-Session-Id");
      if (exchange.getRequestMethod().equals("DELETE")) {
        ended.add(session);
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      JsonNode message = CalculatorMcpServer.JSON.readTree(exchange.getRequestBody());
      String method = message.path("method").asText();
      if (method.equals("initialize")) {
        session = UUID.randomUUID().toString();
        sessions.add(session);
        exchange.getResponseHeaders().add("Mcp-Session-Id", session);
      } else if (session == null || !sessions.contains(session) || ended.contains(session)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      JsonNode answer = CalculatorMcpServer.handle(message);
      if (answer == null) {
        exchange.sendResponseHeaders(202, -1);
        return;
      }
      String json = CalculatorMcpServer.JSON.writeValueAsString(answer);
      byte[] body;
      if (method.equals("tools/call")) {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        body =
            (": keep-alive\n\nevent: message\ndata: " + json + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
      } else {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        body = json.getBytes(StandardCharsets.UTF_8);
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
