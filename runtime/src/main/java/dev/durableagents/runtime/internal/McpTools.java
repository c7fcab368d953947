package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalPolicy;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.McpToolsRejected;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tools of an agent's local MCP servers, in workflow code. Each server's tools are listed once
 * per run, by an {@code McpListTools} activity (the servers of one agent are listed together), and
 * offered to the model as function tools with their own schemas, not in strict mode, as the Agents
 * SDK does; a call of one runs as an {@code McpCallTool} activity.
 */
final class McpTools {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  /** The listed tools of one run, by server name; listing order is the agents' order. */
  private final Map<String, List<McpTool>> listed = new LinkedHashMap<>();

  private final WorkflowRuntime runtime;

  McpTools(WorkflowRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * The function tools of {@code agent}'s MCP servers, in the order of its servers and of each
   * server's tools; servers not yet listed in this run are listed now.
   *
   * @throws McpToolsRejected if a tool's name is taken or cannot be called
   */
  List<FunctionToolDefinition> toolsOf(AgentDefinition agent) {
    if (agent.mcpServers().isEmpty()) {
      return List.of();
    }
    Map<String, Promise<McpActivity.ToolList>> pending = new LinkedHashMap<>();
    for (String server : agent.mcpServers()) {
      if (!listed.containsKey(server) && !pending.containsKey(server)) {
        pending.put(
            server,
            Workflow.newUntypedActivityStub(options(server, "list tools"))
                .executeAsync(
                    McpActivity.LIST_TOOLS,
                    McpActivity.ToolList.class,
                    new McpActivity.ListToolsInput(server)));
      }
    }
    pending.forEach((server, list) -> listed.put(server, list.get().tools()));

    Map<String, String> taken = new LinkedHashMap<>();
    for (FunctionToolDefinition tool : agent.tools()) {
      taken.put(tool.name(), "the agent's own tool");
    }
    for (HandoffDefinition handoff : agent.handoffs()) {
      taken.putIfAbsent(handoff.spec().name(), "a handoff");
    }
    List<FunctionToolDefinition> tools = new ArrayList<>();
    for (String server : agent.mcpServers()) {
      for (McpTool tool : listed.get(server)) {
        if (!NAME.matcher(tool.name()).matches()) {
          throw new McpToolsRejected(
              "Agent '"
                  + agent.name()
                  + "': MCP server '"
                  + server
                  + "' offers a tool named '"
                  + tool.name()
                  + "', which a model cannot call; tool names must match ^[a-zA-Z0-9_-]{1,64}$");
        }
        String owner = taken.putIfAbsent(tool.name(), "a tool of MCP server '" + server + "'");
        if (owner != null) {
          throw new McpToolsRejected(
              "Agent '"
                  + agent.name()
                  + "': MCP server '"
                  + server
                  + "' offers a tool named '"
                  + tool.name()
                  + "', but that name is already "
                  + owner
                  + "; rename the agent's tool or do not use both");
        }
        tools.add(definition(server, tool, agent.mcpApprovalPolicy(server)));
      }
    }
    return tools;
  }

  private FunctionToolDefinition definition(
      String server, McpTool tool, ApprovalPolicy approvalPolicy) {
    ObjectNode schema = tool.inputSchema().deepCopy();
    if (!schema.has("type")) {
      schema.put("type", "object");
    }
    if (!schema.has("properties")) {
      schema.putObject("properties"); // OpenAI requires properties, even for no arguments
    }
    return FunctionToolDefinition.newBuilder(tool.name())
        .setDescription(tool.description())
        .setParametersSchema(schema.toString())
        .setStrict(false)
        .setApprovalPolicy(approvalPolicy)
        .setInvoker(
            call ->
                Workflow.newUntypedActivityStub(options(server, tool.name()))
                    .executeAsync(
                        McpActivity.CALL_TOOL,
                        McpToolResult.class,
                        new McpActivity.CallToolInput(server, tool.name(), call.arguments().json()))
                    .thenApply(
                        result -> {
                          if (result.isError()) {
                            throw new McpToolError(result.text());
                          }
                          return result.text();
                        }))
        .build();
  }

  private ActivityOptions options(String server, String operation) {
    return ActivityOptions.newBuilder(runtime.mcpActivityOptions(server))
        .setSummary(server + ": " + operation)
        .build();
  }

  /** A tool call the server answered with {@code isError}; the model is told its text. */
  static final class McpToolError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    McpToolError(String text) {
      super(text, null, false, false);
    }
  }
}
