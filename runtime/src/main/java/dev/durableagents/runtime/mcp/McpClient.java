package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A connected, initialized MCP client session. A {@link McpServerProvider} creates one per
 * activity; the activity uses it for one operation and closes it.
 */
public interface McpClient extends AutoCloseable {

  /**
   * All the server's tools (every page of {@code tools/list}).
   *
   * @throws McpException if the server cannot be reached or answers an error
   */
  List<McpTool> listTools();

  /**
   * Calls a tool ({@code tools/call}).
   *
   * @param toolName the tool's name
   * @param arguments the arguments object
   * @throws McpException if the server cannot be reached or answers a protocol error; a tool that
   *     fails is a result with {@link McpToolResult#isError()}, not an exception
   */
  McpToolResult callTool(String toolName, ObjectNode arguments);

  /**
   * All the server's prompts (every page of {@code prompts/list}).
   *
   * @throws McpException if the server cannot be reached or answers an error (a server without
   *     prompts answers "method not found")
   */
  default List<McpPrompt> listPrompts() {
    throw new McpException(getClass().getName() + " does not support MCP prompts", false, null);
  }

  /**
   * A prompt rendered with {@code arguments} ({@code prompts/get}).
   *
   * @throws McpException if the server cannot be reached or answers an error
   */
  default McpPromptResult getPrompt(String name, Map<String, String> arguments) {
    throw new McpException(getClass().getName() + " does not support MCP prompts", false, null);
  }

  /**
   * All the server's resources (every page of {@code resources/list}).
   *
   * @throws McpException if the server cannot be reached or answers an error
   */
  default List<McpResource> listResources() {
    throw new McpException(getClass().getName() + " does not support MCP resources", false, null);
  }

  /**
   * The contents of a resource ({@code resources/read}).
   *
   * @throws McpException if the server cannot be reached or answers an error
   */
  default List<McpResourceContents> readResource(String uri) {
    throw new McpException(getClass().getName() + " does not support MCP resources", false, null);
  }

  /** Ends the session: stops the server process, or ends the HTTP session. */
  @Override
  void close();
}
