package dev.durableagents.runtime.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.mcp.McpPrompt;
import dev.durableagents.runtime.mcp.McpPromptResult;
import dev.durableagents.runtime.mcp.McpResource;
import dev.durableagents.runtime.mcp.McpResourceContents;
import dev.durableagents.runtime.mcp.McpToolResult;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

/**
 * The activities of stateful MCP server sessions. {@link #open} runs on the workflow's MCP task
 * queue, on any worker; that worker hosts the session and answers with its own session task queue,
 * where every later operation of the session is scheduled, so they all reach the worker that holds
 * the session. An operation for a session the worker does not hold (it restarted, or the server's
 * connection broke) fails with the non-retryable type {@value #SESSION_LOST}; the workflow then
 * opens a new session.
 */
@ActivityInterface
public interface McpSessionActivity {

  /** The activity type that opens a session. */
  String OPEN = "McpSessionOpen";

  /** The activity type that lists a session's tools. */
  String LIST_TOOLS = "McpSessionListTools";

  /** The activity type that calls a tool in a session. */
  String CALL_TOOL = "McpSessionCallTool";

  /** The activity type that lists a session's prompts. */
  String LIST_PROMPTS = "McpSessionListPrompts";

  /** The activity type that renders a prompt in a session. */
  String GET_PROMPT = "McpSessionGetPrompt";

  /** The activity type that lists a session's resources. */
  String LIST_RESOURCES = "McpSessionListResources";

  /** The activity type that reads a resource in a session. */
  String READ_RESOURCE = "McpSessionReadResource";

  /** The activity type that closes a session. */
  String CLOSE = "McpSessionClose";

  /** The failure type of an operation whose session is gone. */
  String SESSION_LOST = "McpSessionLost";

  /**
   * A session of a server.
   *
   * @param server the server's name
   * @param sessionId the session's id, chosen by the workflow
   */
  record SessionRef(String server, String sessionId) {}

  /**
   * An open session.
   *
   * @param server the server's name
   * @param sessionId the session's id
   * @param taskQueue the task queue of the worker that hosts it
   */
  record Opened(String server, String sessionId, String taskQueue) {}

  /**
   * A tool call in a session.
   *
   * @param server the server's name
   * @param sessionId the session's id
   * @param tool the tool's name
   * @param arguments the model's arguments
   */
  record ToolCall(String server, String sessionId, String tool, ObjectNode arguments) {}

  /**
   * A named prompt or resource in a session.
   *
   * @param server the server's name
   * @param sessionId the session's id
   * @param name the prompt's name or the resource's URI
   * @param arguments the prompt's arguments, else {@code null}
   */
  record Named(String server, String sessionId, String name, Map<String, String> arguments) {}

  /** Opens a session on this worker; opening an open session again is a no-op. */
  @ActivityMethod(name = OPEN)
  Opened open(SessionRef session);

  /** Lists the session's tools. */
  @ActivityMethod(name = LIST_TOOLS)
  McpActivity.ToolList listTools(SessionRef session);

  /** Calls a tool in the session. */
  @ActivityMethod(name = CALL_TOOL)
  McpToolResult callTool(ToolCall call);

  /** Lists the session's prompts. */
  @ActivityMethod(name = LIST_PROMPTS)
  List<McpPrompt> listPrompts(SessionRef session);

  /** Renders a prompt in the session. */
  @ActivityMethod(name = GET_PROMPT)
  McpPromptResult getPrompt(Named prompt);

  /** Lists the session's resources. */
  @ActivityMethod(name = LIST_RESOURCES)
  List<McpResource> listResources(SessionRef session);

  /** Reads a resource in the session. */
  @ActivityMethod(name = READ_RESOURCE)
  List<McpResourceContents> readResource(Named resource);

  /** Closes the session; closing one this worker does not hold is a no-op. */
  @ActivityMethod(name = CLOSE)
  void close(SessionRef session);
}
