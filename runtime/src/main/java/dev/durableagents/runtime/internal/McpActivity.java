package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The activities of local MCP servers; the plugin registers them on every worker. Each one opens a
 * client to the named server, does one operation and closes it.
 */
@ActivityInterface
public interface McpActivity {

  /** The activity type that lists a server's tools. */
  String LIST_TOOLS = "McpListTools";

  /** The activity type that calls a tool. */
  String CALL_TOOL = "McpCallTool";

  /**
   * What {@link #listTools} is asked.
   *
   * @param server the server's name
   */
  record ListToolsInput(String server) {}

  /**
   * What {@link #listTools} answers.
   *
   * @param server the server's name
   * @param tools its tools, in the server's order
   */
  record ToolList(String server, List<McpTool> tools) {}

  /**
   * What {@link #callTool} is asked.
   *
   * @param server the server's name
   * @param tool the tool's name
   * @param arguments the model's arguments
   */
  record CallToolInput(String server, String tool, ObjectNode arguments) {}

  /** Lists the tools of a server. */
  @ActivityMethod(name = LIST_TOOLS)
  ToolList listTools(ListToolsInput input);

  /** Calls a tool of a server; a result the server marks as an error is returned, not thrown. */
  @ActivityMethod(name = CALL_TOOL)
  McpToolResult callTool(CallToolInput input);
}
