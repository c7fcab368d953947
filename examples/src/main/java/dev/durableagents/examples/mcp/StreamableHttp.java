package dev.durableagents.examples.mcp;

import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * {@code mcp/streamable_http}: an assistant uses the tools of an MCP server reached over the
 * streamable HTTP transport (the samples' {@link ToolsServer}, on a loopback port, started by the
 * sample). Each tool call is an {@code McpCallTool} activity.
 */
public final class StreamableHttp extends ToolsServerSample {

  /** The task queue of the Python sample. */
  public static final String TASK_QUEUE = "openai-agents-mcp-streamable-http-task-queue";

  static final String SERVER = "StreamableHttpServer";

  /** The workflow: three questions. */
  @WorkflowInterface
  public interface StreamableHttpWorkflow {
    /** Asks the questions; returns the answers. */
    @WorkflowMethod(name = "StreamableHttpWorkflow")
    String run();
  }

  /** Asks the questions with the SSE server's tools. */
  public static class StreamableHttpWorkflowImpl implements StreamableHttpWorkflow {
    @Override
    public String run() {
      return ask(SERVER);
    }
  }

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where a worker of this sample runs. */
  public static void main(String[] args) {
    Starter.start(new StreamableHttp(), args);
  }

  @Override
  public String name() {
    return "mcp/StreamableHttp";
  }

  @Override
  public String description() {
    return "Tools of an MCP server over streamable HTTP";
  }

  @Override
  public String taskQueue() {
    return TASK_QUEUE;
  }

  @Override
  public List<McpServerProvider> mcpServers() {
    return List.of(
        McpServerProvider.streamableHttp(SERVER, ToolsServer.shared().streamableHttpUrl()));
  }

  @Override
  public void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(StreamableHttpWorkflowImpl.class);
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    return newWorkflow(client, StreamableHttpWorkflow.class, workflowId).run();
  }
}
