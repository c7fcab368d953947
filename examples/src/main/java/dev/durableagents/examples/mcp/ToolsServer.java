package dev.durableagents.examples.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The MCP server of the {@code mcp/Sse}, {@code mcp/StreamableHttp} and {@code mcp/PromptServer}
 * samples, the Java counterpart of the Python samples' {@code servers/tools_server.py} and prompt
 * server: tools {@code add}, {@code get_secret_word} and {@code get_current_weather}, and the
 * prompts {@code generate_code_review_instructions} and {@code
 * generate_documentation_instructions}. It serves the streamable HTTP transport at {@code /mcp} and
 * the older HTTP+SSE transport at {@code /sse} (messages POSTed to {@code
 * /messages?sessionId=...}), on a loopback port.
 *
 * <p>The weather is sample data (the Python server asks wttr.in; the samples run offline), and the
 * secret word is the same every time so the samples' histories can be replayed.
 */
public final class ToolsServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static ToolsServer shared;

  private final HttpServer server;
  private final Map<String, OutputStream> sseStreams = new ConcurrentHashMap<>();

  private ToolsServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newCachedThreadPool(daemon()));
    server.createContext("/mcp", this::streamableHttp);
    server.createContext("/sse", this::openSse);
    server.createContext("/messages", this::sseMessage);
    server.start();
  }

  /** Starts a server on {@code port} (0: any free port). */
  public static ToolsServer start(int port) {
    try {
      return new ToolsServer(port);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the MCP tools server: " + e.getMessage(), e);
    }
  }

  /** The server the samples of this process share, started on first use on a free port. */
  public static synchronized ToolsServer shared() {
    if (shared == null) {
      shared = start(0);
    }
    return shared;
  }

  /** The streamable HTTP endpoint. */
  public URI streamableHttpUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
  }

  /** The HTTP+SSE endpoint. */
  public URI sseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sse");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Serves until the process is stopped: {@code [port]} (default 8000). */
  public static void main(String[] args) {
    ToolsServer s = start(args.length > 0 ? Integer.parseInt(args[0]) : 8000);
    System.out.println("MCP tools server: " + s.streamableHttpUrl() + " and " + s.sseUrl());
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "mcp-tools-server");
      t.setDaemon(true);
      return t;
    };
  }

  // ---- transports

  private void streamableHttp(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (method.equals("DELETE")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      if (!method.equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      JsonNode message = JSON.readTree(exchange.getRequestBody());
      if (message.path("method").asText().equals("initialize")) {
        exchange.getResponseHeaders().add("Mcp-Session-Id", UUID.randomUUID().toString());
      }
      JsonNode answer = handle(message);
      if (answer == null) {
        exchange.sendResponseHeaders(202, -1);
        return;
      }
      byte[] body = JSON.writeValueAsBytes(answer);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private void openSse(HttpExchange exchange) throws IOException {
    String session = UUID.randomUUID().toString();
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().add("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    sseStreams.put(session, out);
    send(out, "endpoint", "/messages?sessionId=" + session);
    // The stream stays open until the client closes it: its handler thread waits here.
    synchronized (out) {
      try {
        while (sseStreams.containsKey(session)) {
          out.wait(15_000);
          out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // the client went away
      } finally {
        sseStreams.remove(session);
        exchange.close();
      }
    }
  }

  private void sseMessage(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getQuery();
      String session = query == null ? "" : query.replace("sessionId=", "");
      OutputStream out = sseStreams.get(session);
      if (out == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      JsonNode answer = handle(JSON.readTree(exchange.getRequestBody()));
      exchange.sendResponseHeaders(202, -1);
      if (answer != null) {
        try {
          send(out, "message", JSON.writeValueAsString(answer));
        } catch (IOException e) {
          sseStreams.remove(session);
        }
      }
    }
  }

  private static void send(OutputStream out, String event, String data) throws IOException {
    synchronized (out) {
      out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  // ---- MCP

  /** The answer to one JSON-RPC message, or {@code null} for a notification. */
  static JsonNode handle(JsonNode message) {
    if (!message.has("id") || !message.has("method")) {
      return null;
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("jsonrpc", "2.0").set("id", message.get("id"));
    JsonNode params = message.path("params");
    switch (message.path("method").asText()) {
      case "initialize" -> {
        ObjectNode result = answer.putObject("result");
        result.put("protocolVersion", params.path("protocolVersion").asText("2025-06-18"));
        ObjectNode capabilities = result.putObject("capabilities");
        capabilities.putObject("tools");
        capabilities.putObject("prompts");
        result.putObject("serverInfo").put("name", "durable-agents-samples").put("version", "1");
      }
      case "ping" -> answer.putObject("result");
      case "tools/list" -> answer.putObject("result").set("tools", tools());
      case "tools/call" -> answer.set("result", callTool(params));
      case "prompts/list" -> answer.putObject("result").set("prompts", prompts());
      case "prompts/get" -> {
        JsonNode result = getPrompt(params);
        if (result == null) {
          answer.putObject("error").put("code", -32602).put("message", "Unknown prompt");
        } else {
          answer.set("result", result);
        }
      }
      default -> answer.putObject("error").put("code", -32601).put("message", "Method not found");
    }
    return answer;
  }

  private static ArrayNode tools() {
    ArrayNode tools = JSON.createArrayNode();
    ObjectNode add = tool(tools, "add", "Add two numbers");
    ObjectNode props = (ObjectNode) add.path("inputSchema").path("properties");
    props.putObject("a").put("type", "integer");
    props.putObject("b").put("type", "integer");
    ((ObjectNode) add.path("inputSchema")).putArray("required").add("a").add("b");
    tool(tools, "get_secret_word", "Get the secret word");
    ObjectNode weather = tool(tools, "get_current_weather", "Get the current weather for a city");
    ((ObjectNode) weather.path("inputSchema").path("properties"))
        .putObject("city")
        .put("type", "string");
    ((ObjectNode) weather.path("inputSchema")).putArray("required").add("city");
    return tools;
  }

  private static ObjectNode tool(ArrayNode tools, String name, String description) {
    ObjectNode tool = tools.addObject();
    tool.put("name", name).put("description", description);
    tool.putObject("inputSchema").put("type", "object").putObject("properties");
    return tool;
  }

  private static JsonNode callTool(JsonNode params) {
    JsonNode args = params.path("arguments");
    String text;
    boolean error = false;
    switch (params.path("name").asText()) {
      case "add" -> text = Long.toString(args.path("a").asLong() + args.path("b").asLong());
      case "get_secret_word" -> text = "cherry";
      case "get_current_weather" ->
          text = "Weather in " + args.path("city").asText() + ": sunny, 22C (sample data)";
      default -> {
        text = "Unknown tool: " + params.path("name").asText();
        error = true;
      }
    }
    ObjectNode result = JSON.createObjectNode();
    result.putArray("content").addObject().put("type", "text").put("text", text);
    result.put("isError", error);
    return result;
  }

  private static ArrayNode prompts() {
    ArrayNode prompts = JSON.createArrayNode();
    ObjectNode review = prompts.addObject();
    review.put("name", "generate_code_review_instructions");
    review.put("description", "Generate agent instructions for code review tasks");
    ArrayNode args = review.putArray("arguments");
    args.addObject()
        .put("name", "focus")
        .put("description", "What to focus on")
        .put("required", false);
    args.addObject()
        .put("name", "language")
        .put("description", "The code's language")
        .put("required", false);
    ObjectNode docs = prompts.addObject();
    docs.put("name", "generate_documentation_instructions");
    docs.put("description", "Generate agent instructions for documentation tasks");
    docs.putArray("arguments")
        .addObject()
        .put("name", "doc_type")
        .put("description", "The kind of documentation")
        .put("required", false);
    return prompts;
  }

  private static JsonNode getPrompt(JsonNode params) {
    JsonNode args = params.path("arguments");
    String text;
    switch (params.path("name").asText()) {
      case "generate_code_review_instructions" -> {
        String focus = args.path("focus").asText("general code quality");
        String language = args.path("language").asText("python");
        text =
            "You are a senior "
                + language
                + " code review specialist focused on "
                + focus
                + ".\n\nAnalyze the code for issues, explain why each matters, and suggest a fix"
                + " with a corrected example. End with a short summary of the most important"
                + " changes.";
      }
      case "generate_documentation_instructions" -> {
        String docType = args.path("doc_type").asText("technical");
        text =
            "You are a technical writer. Write clear, concise "
                + docType
                + " documentation with examples.";
      }
      default -> {
        return null;
      }
    }
    ObjectNode result = JSON.createObjectNode();
    result.put("description", "Instructions for " + params.path("name").asText());
    ObjectNode message = result.putArray("messages").addObject();
    message.put("role", "user");
    message.putObject("content").put("type", "text").put("text", text);
    return result;
  }
}
