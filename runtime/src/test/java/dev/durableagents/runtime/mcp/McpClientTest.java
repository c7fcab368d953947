package dev.durableagents.runtime.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stdio and streamable-HTTP clients against the test's calculator server, without Temporal. */
class McpClientTest {

  /** The command that runs {@link CalculatorMcpServer} in a new JVM with the test class path. */
  static List<String> calculatorCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java, "-cp", System.getProperty("java.class.path"), CalculatorMcpServer.class.getName());
  }

  private static ObjectNode args(String json) throws Exception {
    return (ObjectNode) CalculatorMcpServer.JSON.readTree(json);
  }

  @Test
  void stdioServerListsEveryPageOfToolsAndCallsThem() throws Exception {
    McpServerProvider provider = McpServerProvider.stdio("calc", calculatorCommand());
    try (McpClient client = provider.connect()) {
      List<McpTool> tools = client.listTools();
      assertEquals(List.of("add", "divide", "greet"), tools.stream().map(McpTool::name).toList());
      assertEquals("Adds two numbers", tools.get(0).description());
      assertEquals(
          "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"number\"}},"
              + "\"required\":[\"a\",\"b\"]}",
          tools.get(0).inputSchema().toString());

      assertEquals(
          new McpToolResult("5.5", false), client.callTool("add", args("{\"a\":2,\"b\":3.5}")));
      assertEquals(
          new McpToolResult("Hello, Tom!\nNice to meet you.", false),
          client.callTool("greet", args("{\"name\":\"Tom\"}")));
      assertEquals(
          new McpToolResult("Cannot divide by zero", true),
          client.callTool("divide", args("{\"a\":1,\"b\":0}")));
    }
  }

  @Test
  void anErrorTheServerAnswersIsNotRetryable() {
    McpServerProvider provider = McpServerProvider.stdio("calc", calculatorCommand());
    try (McpClient client = provider.connect()) {
      McpException e =
          assertThrows(
              McpException.class,
              () -> client.callTool("square_root", CalculatorMcpServer.JSON.createObjectNode()));
      assertFalse(e.retryable());
      assertEquals(
          "MCP server 'calc' answered tools/call with error -32602: Unknown tool: square_root",
          e.getMessage());
    }
  }

  @Test
  void aCommandThatCannotStartIsRetryable() {
    McpServerProvider provider =
        McpServerProvider.stdio("nothing", List.of("/nonexistent/mcp-server-binary"));
    McpException e = assertThrows(McpException.class, provider::connect);
    assertTrue(e.retryable());
    assertTrue(e.getMessage().startsWith("MCP server 'nothing': cannot start"), e.getMessage());
  }

  @Test
  void aServerThatExitsIsAConnectionFailure() {
    McpServerProvider provider =
        McpServerProvider.stdio(
            "exits",
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version"));
    McpException e = assertThrows(McpException.class, provider::connect);
    assertTrue(e.retryable());
    assertTrue(
        e.getMessage().contains("initialize failed: the server closed its output"), e.getMessage());
  }

  @Test
  void httpServerKeepsTheSessionAnswersEventsAndEndsTheSession() throws Exception {
    try (LoopbackMcpHttpServer server = new LoopbackMcpHttpServer()) {
      McpServerProvider provider = McpServerProvider.streamableHttp("calc", server.url());
      try (McpClient client = provider.connect()) {
        assertEquals(3, client.listTools().size());
        assertEquals(
            new McpToolResult("12", false), client.callTool("add", args("{\"a\":5,\"b\":7}")));
        assertEquals(
            new McpToolResult("Cannot divide by zero", true),
            client.callTool("divide", args("{\"a\":5,\"b\":0}")));
      }
      assertEquals(1, server.sessions().size());
      assertEquals(server.sessions(), server.endedSessions());
    }
  }

  @Test
  void httpClientErrorsAreNotRetryable() throws Exception {
    try (LoopbackMcpHttpServer server = new LoopbackMcpHttpServer()) {
      McpServerProvider provider =
          McpServerProvider.streamableHttp("calc", server.url().resolve("/elsewhere"));
      McpException e = assertThrows(McpException.class, provider::connect);
      assertFalse(e.retryable());
      assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }
  }
}
