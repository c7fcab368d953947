package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalPolicy;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.McpToolsRejected;
import dev.durableagents.runtime.mcp.McpTool;
import dev.durableagents.runtime.mcp.McpToolFilter;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Async;
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
 *
 * <p>A stateful server (its listing says so) gets a session for the run, opened after the listing
 * and closed by {@link #close()} when the run ends; its tools are listed and called in the session.
 * A session the workflow keeps open ({@code McpSession.open}) is used instead, and not closed. The
 * server's tool filter, if the worker has one, removes tools before the model sees them.
 */
final class McpTools {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  /** The listed tools of one run, by server name; listing order is the agents' order. */
  private final Map<String, List<McpTool>> listed = new LinkedHashMap<>();

  private final WorkflowRuntime runtime;

  /** The sessions this run opened for stateful servers, by server name. */
  private final Map<String, McpSessionHandle> runSessions = new LinkedHashMap<>();

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
      McpSessionHandle session = session(server);
      if (session != null && !listed.containsKey(server)) {
        listed.put(server, listInSession(session));
      }
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
    pending.forEach(
        (server, list) -> {
          if (list.get().stateful()) {
            McpSessionHandle session = McpWorkflowState.current().newSession(server);
            runSessions.put(server, session);
            listed.put(server, listInSession(session));
          }
        });

    Map<String, String> taken = new LinkedHashMap<>();
    for (FunctionToolDefinition tool : agent.tools()) {
      taken.put(tool.name(), "the agent's own tool");
    }
    for (HandoffDefinition handoff : agent.handoffs()) {
      taken.putIfAbsent(handoff.spec().name(), "a handoff");
    }
    List<FunctionToolDefinition> tools = new ArrayList<>();
    for (String server : agent.mcpServers()) {
      McpToolFilter filter = runtime.mcpToolFilters().get(server);
      McpToolFilter.Context filterContext = new McpToolFilter.Context(agent.name(), server);
      for (McpTool tool : listed.get(server)) {
        if (filter != null && !filter.allows(filterContext, tool)) {
          continue;
        }
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
            call -> {
              McpSessionHandle session = session(server);
              Promise<McpToolResult> called =
                  session != null
                      ? Async.function(
                          () ->
                              session.call(
                                  McpSessionActivity.CALL_TOOL,
                                  McpToolResult.class,
                                  tool.name(),
                                  id ->
                                      new McpSessionActivity.ToolCall(
                                          server, id, tool.name(), call.arguments().json())))
                      : Workflow.newUntypedActivityStub(options(server, tool.name()))
                          .executeAsync(
                              McpActivity.CALL_TOOL,
                              McpToolResult.class,
                              new McpActivity.CallToolInput(
                                  server, tool.name(), call.arguments().json()));
              return called.thenApply(
                  result -> {
                    if (result.isError()) {
                      throw new McpToolError(result.text());
                    }
                    return result.text();
                  });
            })
        .build();
  }

  /** The session a call of {@code server} goes to: the workflow's, else this run's, or none. */
  private McpSessionHandle session(String server) {
    McpSessionHandle session = McpWorkflowState.current().session(server);
    return session != null ? session : runSessions.get(server);
  }

  private static List<McpTool> listInSession(McpSessionHandle session) {
    return session
        .call(
            McpSessionActivity.LIST_TOOLS,
            McpActivity.ToolList.class,
            "list tools",
            id -> new McpSessionActivity.SessionRef(session.server(), id))
        .tools();
  }

  /** Closes the sessions this run opened; the run has ended. */
  void close() {
    runSessions.values().forEach(McpSessionHandle::close);
    runSessions.clear();
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
