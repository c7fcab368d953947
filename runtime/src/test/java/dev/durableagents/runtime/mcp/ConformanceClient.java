package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;

/**
 * The client program the MCP conformance suite ({@code @modelcontextprotocol/conformance client})
 * runs for each client scenario: it is given the test server's URL, and does what an agent's MCP
 * activities do with a streamable-HTTP server, through {@link McpServerProvider}: connect and
 * initialize, list the tools, call each one with arguments made from its input schema, close.
 */
public final class ConformanceClient {

  private ConformanceClient() {}

  public static void main(String[] args) {
    URI url = URI.create(args[args.length - 1]);
    String scenario = System.getenv().getOrDefault("MCP_CONFORMANCE_SCENARIO", "?");
    System.out.println("scenario " + scenario + " against " + url);
    McpServerProvider server = McpServerProvider.streamableHttp("conformance", url);
    try (McpClient client = server.connect()) {
      for (McpTool tool : client.listTools()) {
        McpToolResult result = client.callTool(tool.name(), arguments(tool.inputSchema()));
        System.out.println(tool.name() + " -> " + result);
      }
    } catch (McpException e) {
      System.err.println("MCP failure: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Arguments for a tool: 1 for each number, "x" for each string, true for each boolean. */
  static ObjectNode arguments(ObjectNode schema) {
    ObjectNode arguments = CalculatorMcpServer.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      switch (property.getValue().path("type").asText()) {
        case "number", "integer" -> arguments.put(property.getKey(), 1);
        case "boolean" -> arguments.put(property.getKey(), true);
        default -> arguments.put(property.getKey(), "x");
      }
    }
    return arguments;
  }
}
