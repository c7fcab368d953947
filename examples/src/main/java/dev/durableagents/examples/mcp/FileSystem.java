package dev.durableagents.examples.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;

import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * {@code mcp/file_system}: an agent reads files through
 * {@code @modelcontextprotocol/server-filesystem}, which the worker starts with {@code npx} over
 * stdio for each MCP activity (a stateless server). Three questions, three runs: each lists the
 * server's tools ({@code McpListTools}) and each tool call is an {@code McpCallTool} activity.
 * Needs {@code npx} on the worker.
 */
public final class FileSystem extends McpSample {

  /** The task queue of the Python sample. */
  public static final String TASK_QUEUE = "openai-agents-mcp-filesystem-task-queue";

  static final String SERVER = "FileSystemServer";

  static final List<String> QUESTIONS =
      List.of(
          "Read the files and list them.",
          "What is my #1 favorite book?",
          "Look at my favorite songs. Suggest one new song that I might like.");

  /** The workflow: three questions about the files. */
  @WorkflowInterface
  public interface FileSystemWorkflow {
    /** Asks the questions; returns the answers, one per line. */
    @WorkflowMethod(name = "FileSystemWorkflow")
    String run();
  }

  /** Runs the agent once per question. */
  public static class FileSystemWorkflowImpl implements FileSystemWorkflow {

    static final AgentDefinition ASSISTANT =
        AgentDefinition.newBuilder("Assistant")
            .setInstructions(
                "Use the tools to read the filesystem and answer questions based on those files."
                    + " If you're unable to find any files, you can say so instead.")
            .addMcpServer(SERVER)
            .build();

    @Override
    public String run() {
      StringBuilder answers = new StringBuilder();
      for (String question : QUESTIONS) {
        String answer = Runner.<String>run(ASSISTANT, question).finalOutput();
        answers.append(question).append("\n  ").append(answer).append('\n');
      }
      return answers.toString().strip();
    }
  }

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where a worker of this sample runs. */
  public static void main(String[] args) {
    Starter.start(new FileSystem(), args);
  }

  @Override
  public String name() {
    return "mcp/FileSystem";
  }

  @Override
  public String description() {
    return "Read files with server-filesystem (npm, stdio, stateless: a process per MCP activity)";
  }

  @Override
  public String taskQueue() {
    return TASK_QUEUE;
  }

  @Override
  public boolean needsNpm() {
    return true;
  }

  @Override
  public List<McpServerProvider> mcpServers() {
    return List.of(
        McpServerProvider.stdio(
            SERVER,
            List.of(
                "npx",
                "-y",
                "@modelcontextprotocol/server-filesystem",
                SampleFiles.directory().toString())));
  }

  @Override
  public void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(FileSystemWorkflowImpl.class);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    String dir = SampleFiles.directory().toString();
    return List.of(
        toolCall("list_directory", "{\"path\":\"" + dir + "\"}"),
        text(
            "There are three files: favorite_books.txt, favorite_cities.txt and"
                + " favorite_songs.txt."),
        toolCall("read_text_file", "{\"path\":\"" + dir + "/favorite_books.txt\"}"),
        text("Your #1 favorite book is To Kill a Mockingbird by Harper Lee."),
        toolCall("read_text_file", "{\"path\":\"" + dir + "/favorite_songs.txt\"}"),
        text(
            "You like classic rock and pop, from The Beatles to Michael Jackson: try \"Don't Stop"
                + " Me Now\" by Queen."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    return newWorkflow(client, FileSystemWorkflow.class, workflowId).run();
  }
}
