package dev.durableagents.examples.mcp;

import static dev.durableagents.runtime.TestModel.text;

import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.mcp.Mcp;
import dev.durableagents.runtime.mcp.McpPrompt;
import dev.durableagents.runtime.mcp.McpPromptResult;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code mcp/prompt_server}: the workflow lists an MCP server's prompts ({@code McpListPrompts}),
 * renders one ({@code McpGetPrompt}) and makes it the instructions of a code-review agent. The
 * server is the samples' {@link ToolsServer}, over streamable HTTP on a loopback port, started by
 * the sample.
 */
public final class PromptServer extends McpSample {

  /** The task queue of the Python sample. */
  public static final String TASK_QUEUE = "openai-agents-mcp-prompt-task-queue";

  static final String SERVER = "PromptServer";

  static final String CODE =
      "def process_user_input(user_input):\n"
          + "    command = f\"echo {user_input}\"\n"
          + "    os.system(command)\n"
          + "    return \"Command executed\"";

  /** The workflow: a code review whose instructions come from the MCP server. */
  @WorkflowInterface
  public interface PromptServerWorkflow {
    /** Reviews the sample code; returns the prompts offered and the review. */
    @WorkflowMethod(name = "PromptServerWorkflow")
    String run();
  }

  /** Lists the prompts, renders one, runs the agent with it. */
  public static class PromptServerWorkflowImpl implements PromptServerWorkflow {
    @Override
    public String run() {
      List<McpPrompt> prompts = Mcp.listPrompts(SERVER);
      McpPromptResult instructions =
          Mcp.getPrompt(
              SERVER,
              "generate_code_review_instructions",
              Map.of("focus", "security vulnerabilities", "language", "python"));
      AgentDefinition reviewer =
          AgentDefinition.newBuilder("Code Reviewer").setInstructions(instructions.text()).build();
      String review =
          Runner.<String>run(reviewer, "Please review this code:\n\n" + CODE).finalOutput();
      return "Prompts: "
          + prompts.stream().map(McpPrompt::name).collect(Collectors.joining(", "))
          + "\nInstructions: "
          + instructions.text().lines().findFirst().orElse("")
          + "\nReview: "
          + review;
    }
  }

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where a worker of this sample runs. */
  public static void main(String[] args) {
    Starter.start(new PromptServer(), args);
  }

  @Override
  public String name() {
    return "mcp/PromptServer";
  }

  @Override
  public String description() {
    return "An MCP prompt as an agent's instructions (streamable HTTP)";
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
    worker.registerWorkflowImplementationTypes(PromptServerWorkflowImpl.class);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        text(
            "Command injection: user_input goes into a shell command unescaped, so \"; rm -rf /\""
                + " runs. Use subprocess.run([\"echo\", user_input]) without a shell."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    return newWorkflow(client, PromptServerWorkflow.class, workflowId).run();
  }
}
