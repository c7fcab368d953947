package dev.durableagents.runtime.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

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

  /** Ends the session: stops the server process, or ends the HTTP session. */
  @Override
  void close();
}
