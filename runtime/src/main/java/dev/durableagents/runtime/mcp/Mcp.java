package dev.durableagents.runtime.mcp;

import dev.durableagents.runtime.internal.McpActivity;
import dev.durableagents.runtime.internal.McpSessionHandle;
import dev.durableagents.runtime.internal.WorkflowRuntime;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The prompts and resources of local MCP servers, from workflow code: each operation is an activity
 * ({@code McpListPrompts}, {@code McpGetPrompt}, {@code McpListResources}, {@code McpReadResource})
 * that connects, asks and disconnects; in the workflow's open {@link McpSession} of the server, if
 * it has one. The answers are in the history, so replay does not ask again.
 *
 * <pre>{@code
 * McpPromptResult prompt = Mcp.getPrompt("prompts", "generate_code_review_instructions",
 *     Map.of("focus", "security", "language", "java"));
 * AgentDefinition reviewer = AgentDefinition.newBuilder("Code Reviewer")
 *     .setInstructions(prompt.text())
 *     .build();
 * }</pre>
 */
public final class Mcp {

  private Mcp() {}

  /** The prompts of {@code server}. */
  public static List<McpPrompt> listPrompts(String server) {
    McpSessionHandle session = McpSession.current(server);
    if (session != null) {
      return sessionOf(session).listPrompts();
    }
    return Arrays.asList(
        execute(server, McpActivity.LIST_PROMPTS, McpPrompt[].class, "list prompts", null, null));
  }

  /** The prompt {@code name} of {@code server}, rendered with {@code arguments}. */
  public static McpPromptResult getPrompt(
      String server, String name, Map<String, String> arguments) {
    McpSessionHandle session = McpSession.current(server);
    if (session != null) {
      return sessionOf(session).getPrompt(name, arguments);
    }
    return execute(
        server, McpActivity.GET_PROMPT, McpPromptResult.class, "prompt " + name, name, arguments);
  }

  /** The resources of {@code server}. */
  public static List<McpResource> listResources(String server) {
    McpSessionHandle session = McpSession.current(server);
    if (session != null) {
      return sessionOf(session).listResources();
    }
    return Arrays.asList(
        execute(
            server, McpActivity.LIST_RESOURCES, McpResource[].class, "list resources", null, null));
  }

  /** The contents of the resource {@code uri} of {@code server}. */
  public static List<McpResourceContents> readResource(String server, String uri) {
    McpSessionHandle session = McpSession.current(server);
    if (session != null) {
      return sessionOf(session).readResource(uri);
    }
    return Arrays.asList(
        execute(
            server,
            McpActivity.READ_RESOURCE,
            McpResourceContents[].class,
            "read " + uri,
            uri,
            null));
  }

  private static McpSession sessionOf(McpSessionHandle handle) {
    return McpSession.wrap(handle);
  }

  private static <T> T execute(
      String server,
      String activityType,
      Class<T> resultType,
      String summary,
      String name,
      Map<String, String> arguments) {
    ActivityOptions options =
        ActivityOptions.newBuilder(WorkflowRuntime.current().mcpActivityOptions(server))
            .setSummary(server + ": " + summary)
            .build();
    return Workflow.newUntypedActivityStub(options)
        .execute(activityType, resultType, new McpActivity.ServerInput(server, name, arguments));
  }
}
