package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small MCP server for the tests, written against the protocol (JSON-RPC 2.0): tools {@code add},
 * {@code divide} (an {@code isError} result for a zero divisor) and {@code greet} (two text parts),
 * listed two per page. {@link #main} serves it over stdio, as a child process of the test; {@link
 * LoopbackMcpHttpServer} serves the same over streamable HTTP.
 */
public final class CalculatorMcpServer {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final int PAGE_SIZE = 2;

  private static final List<String> TOOL_NAMES = List.of("add", "divide", "greet");

  private CalculatorMcpServer() {}

  /** Serves MCP on stdin/stdout until stdin closes. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    out.println("calculator MCP server starting"); // stdout noise a client must skip
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode answer = handle(JSON.readTree(line));
      if (answer != null) {
        out.println(JSON.writeValueAsString(answer));
      }
    }
  }

  /** The answer to one message, or {@code null} for a notification. */
  static JsonNode handle(JsonNode message) {
    if (!message.has("id")) {
      return null;
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("jsonrpc", "2.0").set("id", message.get("id"));
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "initialize" -> {
        ObjectNode result = answer.putObject("result");
        result.put("protocolVersion", params.path("protocolVersion").asText("2025-06-18"));
        result.putObject("capabilities").putObject("tools");
        result.putObject("serverInfo").put("name", "calculator").put("version", "1.0");
      }
      case "tools/list" -> {
        int start = params.path("cursor").asInt(0);
        ObjectNode result = answer.putObject("result");
        ArrayNode tools = result.putArray("tools");
        for (int i = start; i < Math.min(start + PAGE_SIZE, TOOL_NAMES.size()); i++) {
          tools.add(describe(TOOL_NAMES.get(i)));
        }
        if (start + PAGE_SIZE < TOOL_NAMES.size()) {
          result.put("nextCursor", String.valueOf(start + PAGE_SIZE));
        }
      }
      case "tools/call" -> {
        String tool = params.path("name").asText();
        if (!TOOL_NAMES.contains(tool)) {
          answer.putObject("error").put("code", -32602).put("message", "Unknown tool: " + tool);
        } else {
          answer.set("result", call(tool, params.path("arguments")));
        }
      }
      case "ping" -> answer.putObject("result");
      default ->
          answer
              .putObject("error")
              .put("code", -32601)
              .put("message", "Method not found: " + method);
    }
    return answer;
  }

  private static ObjectNode describe(String tool) {
    ObjectNode description = JSON.createObjectNode().put("name", tool);
    ObjectNode schema = description.putObject("inputSchema").put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    switch (tool) {
      case "add" -> {
        description.put("description", "Adds two numbers");
        properties.putObject("a").put("type", "number");
        properties.putObject("b").put("type", "number");
        schema.putArray("required").add("a").add("b");
      }
      case "divide" -> {
        description.put("description", "Divides a by b");
        properties.putObject("a").put("type", "number");
        properties.putObject("b").put("type", "number");
        schema.putArray("required").add("a").add("b");
      }
      default -> {
        description.put("description", "Greets someone");
        properties.putObject("name").put("type", "string");
        schema.putArray("required").add("name");
      }
    }
    return description;
  }

  private static ObjectNode call(String tool, JsonNode arguments) {
    ObjectNode result = JSON.createObjectNode();
    ArrayNode content = result.putArray("content");
    switch (tool) {
      case "add" ->
          text(
              content,
              number(arguments.path("a").decimalValue().add(arguments.path("b").decimalValue())));
      case "divide" -> {
        BigDecimal b = arguments.path("b").decimalValue();
        if (b.signum() == 0) {
          text(content, "Cannot divide by zero");
          result.put("isError", true);
        } else {
          text(
              content, number(arguments.path("a").decimalValue().divide(b, MathContext.DECIMAL64)));
        }
      }
      default -> {
        text(content, "Hello, " + arguments.path("name").asText() + "!");
        text(content, "Nice to meet you.");
      }
    }
    return result;
  }

  private static void text(ArrayNode content, String text) {
    content.addObject().put("type", "text").put("text", text);
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
