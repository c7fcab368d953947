package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.mcp.McpPrompt;
import dev.durableagents.runtime.mcp.McpPromptResult;
import dev.durableagents.runtime.mcp.McpResource;
import dev.durableagents.runtime.mcp.McpResourceContents;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

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

  /** The activity type that lists a server's prompts. */
  String LIST_PROMPTS = "McpListPrompts";

  /** The activity type that renders a prompt. */
  String GET_PROMPT = "McpGetPrompt";

  /** The activity type that lists a server's resources. */
  String LIST_RESOURCES = "McpListResources";

  /** The activity type that reads a resource. */
  String READ_RESOURCE = "McpReadResource";

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
   * @param stateful the server is stateful: it was not asked (the list is empty); the workflow
   *     opens a session and lists the tools in it
   */
  record ToolList(
      String server,
      List<McpTool> tools,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean stateful) {

    public ToolList(String server, List<McpTool> tools) {
      this(server, tools, false);
    }
  }

  /**
   * What the prompt and resource operations are asked.
   *
   * @param server the server's name
   * @param name the prompt's name ({@link #getPrompt}) or the resource's URI ({@link
   *     #readResource}); {@code null} for the lists
   * @param arguments the prompt's arguments ({@link #getPrompt}), else {@code null}
   */
  record ServerInput(String server, String name, Map<String, String> arguments) {}

  /** Lists the prompts of a server. */
  @ActivityMethod(name = LIST_PROMPTS)
  List<McpPrompt> listPrompts(ServerInput input);

  /** Renders a prompt of a server. */
  @ActivityMethod(name = GET_PROMPT)
  McpPromptResult getPrompt(ServerInput input);

  /** Lists the resources of a server. */
  @ActivityMethod(name = LIST_RESOURCES)
  List<McpResource> listResources(ServerInput input);

  /** Reads a resource of a server. */
  @ActivityMethod(name = READ_RESOURCE)
  List<McpResourceContents> readResource(ServerInput input);

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
