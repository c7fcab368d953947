package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The MCP client side of JSON-RPC 2.0, over a transport: the {@code initialize} handshake, {@code
 * tools/list} (every page), {@code tools/call}, {@code prompts/list} and {@code prompts/get},
 * {@code resources/list} and {@code resources/read}. Requests are sent one at a time.
 */
abstract class JsonRpcMcpClient implements McpClient {

  /** The protocol revision this client speaks. */
  static final String PROTOCOL_VERSION = "2025-06-18";

  private static final String CLIENT_NAME = "durable-agents";
  private static final String CLIENT_VERSION = "0.1.0";

  /** The server's name, for messages. */
  final String serverName;

  /** How long one request may wait for its answer. */
  final Duration requestTimeout;

  private long nextId = 1;
  private String protocolVersion = PROTOCOL_VERSION;

  JsonRpcMcpClient(String serverName, Duration requestTimeout) {
    this.serverName = Objects.requireNonNull(serverName, "serverName");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /**
   * Sends a request and returns the server's answer to it (the message with its id).
   *
   * @throws IOException if the server cannot be reached or does not answer in time
   */
  abstract JsonNode exchange(ObjectNode request, long id) throws IOException;

  /** Sends a notification, which has no answer. */
  abstract void sendNotification(ObjectNode notification) throws IOException;

  /** The protocol revision agreed in the handshake. */
  final String protocolVersion() {
    return protocolVersion;
  }

  /** The handshake: {@code initialize}, then the {@code notifications/initialized} notification. */
  final void initialize() {
    ObjectNode params = Json.mapper().createObjectNode();
    params.put("protocolVersion", PROTOCOL_VERSION);
    params.putObject("capabilities");
    params.putObject("clientInfo").put("name", CLIENT_NAME).put("version", CLIENT_VERSION);
    JsonNode result = request("initialize", params);
    protocolVersion = result.path("protocolVersion").asText(PROTOCOL_VERSION);
    ObjectNode initialized = Json.mapper().createObjectNode();
    initialized.put("jsonrpc", "2.0").put("method", "notifications/initialized");
    try {
      sendNotification(initialized);
    } catch (IOException e) {
      throw connectionFailure("notifications/initialized", e);
    }
  }

  @Override
  public List<McpTool> listTools() {
    List<McpTool> tools = new ArrayList<>();
    forEachPage(
        "tools/list",
        "tools",
        tool -> {
          JsonNode schema = tool.path("inputSchema");
          ObjectNode inputSchema =
              schema.isObject() ? (ObjectNode) schema.deepCopy() : Json.mapper().createObjectNode();
          tools.add(
              new McpTool(tool.path("name").asText(), optional(tool, "description"), inputSchema));
        });
    return tools;
  }

  @Override
  public List<McpPrompt> listPrompts() {
    List<McpPrompt> prompts = new ArrayList<>();
    forEachPage(
        "prompts/list",
        "prompts",
        prompt -> {
          List<McpPrompt.Argument> arguments = new ArrayList<>();
          for (JsonNode argument : prompt.path("arguments")) {
            arguments.add(
                new McpPrompt.Argument(
                    argument.path("name").asText(),
                    optional(argument, "description"),
                    argument.path("required").asBoolean(false)));
          }
          prompts.add(
              new McpPrompt(
                  prompt.path("name").asText(), optional(prompt, "description"), arguments));
        });
    return prompts;
  }

  @Override
  public McpPromptResult getPrompt(String name, Map<String, String> arguments) {
    ObjectNode params = Json.mapper().createObjectNode();
    params.put("name", name);
    ObjectNode args = params.putObject("arguments");
    if (arguments != null) {
      arguments.forEach(args::put);
    }
    JsonNode result = request("prompts/get", params);
    List<McpPromptResult.Message> messages = new ArrayList<>();
    for (JsonNode message : result.path("messages")) {
      messages.add(
          new McpPromptResult.Message(
              message.path("role").asText(), partText(message.path("content"))));
    }
    return new McpPromptResult(optional(result, "description"), messages);
  }

  @Override
  public List<McpResource> listResources() {
    List<McpResource> resources = new ArrayList<>();
    forEachPage(
        "resources/list",
        "resources",
        resource ->
            resources.add(
                new McpResource(
                    resource.path("uri").asText(),
                    resource.path("name").asText(),
                    optional(resource, "description"),
                    optional(resource, "mimeType"))));
    return resources;
  }

  @Override
  public List<McpResourceContents> readResource(String uri) {
    ObjectNode params = Json.mapper().createObjectNode();
    params.put("uri", uri);
    JsonNode result = request("resources/read", params);
    List<McpResourceContents> contents = new ArrayList<>();
    for (JsonNode part : result.path("contents")) {
      contents.add(
          new McpResourceContents(
              part.path("uri").asText(uri),
              optional(part, "mimeType"),
              optional(part, "text"),
              optional(part, "blob")));
    }
    return contents;
  }

  /** Requests every page of a paginated list and hands each element of {@code field} on. */
  private void forEachPage(String method, String field, Consumer<JsonNode> element) {
    String cursor = null;
    do {
      ObjectNode params = Json.mapper().createObjectNode();
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonNode result = request(method, params);
      result.path(field).forEach(element);
      JsonNode next = result.get("nextCursor");
      cursor = next == null || next.isNull() || next.asText().isEmpty() ? null : next.asText();
    } while (cursor != null);
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** One content part as text: a text part's text, other parts as their JSON. */
  private static String partText(JsonNode part) {
    if ("text".equals(part.path("type").asText()) && part.has("text")) {
      return part.get("text").asText();
    }
    return part.toString();
  }

  @Override
  public McpToolResult callTool(String toolName, ObjectNode arguments) {
    ObjectNode params = Json.mapper().createObjectNode();
    params.put("name", toolName);
    params.set("arguments", arguments == null ? Json.mapper().createObjectNode() : arguments);
    JsonNode result = request("tools/call", params);
    return new McpToolResult(text(result), result.path("isError").asBoolean(false));
  }

  /** A tool result's content as text: text parts joined by newlines, other parts as JSON. */
  static String text(JsonNode result) {
    JsonNode content = result.path("content");
    if (content.isArray() && !content.isEmpty()) {
      List<String> parts = new ArrayList<>(content.size());
      for (JsonNode part : (ArrayNode) content) {
        parts.add(partText(part));
      }
      return String.join("\n", parts);
    }
    JsonNode structured = result.get("structuredContent");
    return structured == null || structured.isNull() ? "" : structured.toString();
  }

  private JsonNode request(String method, ObjectNode params) {
    long id = nextId++;
    ObjectNode message = Json.mapper().createObjectNode();
    message.put("jsonrpc", "2.0").put("id", id).put("method", method);
    message.set("params", params);
    JsonNode response;
    try {
      response = exchange(message, id);
    } catch (IOException e) {
      throw connectionFailure(method, e);
    }
    JsonNode error = response.get("error");
    if (error != null && !error.isNull()) {
      throw new McpException(
          "MCP server '"
              + serverName
              + "' answered "
              + method
              + " with error "
              + error.path("code").asText()
              + ": "
              + error.path("message").asText(),
          false,
          null);
    }
    return response.path("result");
  }

  private McpException connectionFailure(String method, IOException e) {
    return new McpException(
        "MCP server '" + serverName + "': " + method + " failed: " + e.getMessage(), true, e);
  }

  /** Whether {@code message} is the answer to request {@code id}. */
  static boolean isAnswer(JsonNode message, long id) {
    return message.isObject()
        && message.path("id").canConvertToLong()
        && message.path("id").asLong() == id
        && (message.has("result") || message.has("error"))
        && !message.has("method");
  }
}
