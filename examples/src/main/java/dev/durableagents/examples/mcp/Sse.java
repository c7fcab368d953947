package dev.durableagents.examples.mcp;

import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * {@code mcp/sse}: an assistant uses the tools of an MCP server reached over the HTTP+SSE transport
 * of older servers (the samples' {@link ToolsServer}, on a loopback port, started by the sample).
 * Each tool call is an {@code McpCallTool} activity.
 */
public final class Sse extends ToolsServerSample {

  /** The task queue of the Python sample. */
  public static final String TASK_QUEUE = "openai-agents-mcp-sse-task-queue";

  static final String SERVER = "SseServer";

  /** The workflow: three questions. */
  @WorkflowInterface
  public interface SseWorkflow {
    /** Asks the questions; returns the answers. */
    @WorkflowMethod(name = "SseWorkflow")
    String run();
  }

  /** Asks the questions with the SSE server's tools. */
  public static class SseWorkflowImpl implements SseWorkflow {
    @Override
    public String run() {
      return ask(SERVER);
    }
  }

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where a worker of this sample runs. */
  public static void main(String[] args) {
    Starter.start(new Sse(), args);
  }

  @Override
  public String name() {
    return "mcp/Sse";
  }

  @Override
  public String description() {
    return "Tools of an MCP server over the HTTP+SSE transport";
  }

  @Override
  public String taskQueue() {
    return TASK_QUEUE;
  }

  @Override
  public List<McpServerProvider> mcpServers() {
    return List.of(McpServerProvider.sse(SERVER, ToolsServer.shared().sseUrl()));
  }

  @Override
  public void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(SseWorkflowImpl.class);
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    return newWorkflow(client, SseWorkflow.class, workflowId).run();
  }
}
