package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code hosted_mcp/SimpleMCP}: OpenAI calls the tools of a remote MCP server (gitmcp.io's server
 * of the {@code openai/codex} repository) for the model, with no approval. Needs the Responses API,
 * so a real OpenAI key when not offline. Args: {@code [question]}.
 */
public final class SimpleMCP implements Sample {

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link HostedMcpWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new SimpleMCP(), args);
  }

  @Override
  public String name() {
    return "hosted_mcp/SimpleMCP";
  }

  @Override
  public String description() {
    return "A hosted MCP server's tools, called by OpenAI without approval (Responses API)";
  }

  @Override
  public String taskQueue() {
    return HostedMcpWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    HostedMcpWorker.register(worker);
  }

  /** One response, as OpenAI gives it: the server's tools listed, one called, then the answer. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.response(
            OfflineMcp.listTools(),
            new McpCall(
                "mcp_offline_1",
                GitMcp.LABEL,
                OfflineMcp.TOOL,
                "{}",
                OfflineMcp.TOOL_OUTPUT,
                null,
                null,
                "completed"),
            new Message(
                "assistant", List.of(new ContentPart.OutputText(OfflineMcp.ANSWER)), "msg")));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    SimpleMcpAgentWorkflow workflow = newWorkflow(client, SimpleMcpAgentWorkflow.class, workflowId);
    return workflow.ask(args.isEmpty() ? GitMcp.DEFAULT_QUESTION : String.join(" ", args));
  }
}
