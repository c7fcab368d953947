package dev.durableagents.examples.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;

import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpSession;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code mcp/memory_research_scratchpad}: a research agent keeps notes in a knowledge graph
 * ({@code @modelcontextprotocol/server-memory}, stateful). The workflow opens one {@link
 * McpSession} for its four runs: one server process, on the worker that opened it, holds the graph
 * from the first note to the summary; each operation of the session is an activity on that worker's
 * own task queue. Needs {@code npx} on the worker.
 */
public final class MemoryResearchScratchpad extends McpSample {

  /** The task queue of the Python sample. */
  public static final String TASK_QUEUE = "openai-agents-mcp-memory-task-queue";

  static final String SERVER = "MemoryServer";

  static final List<String> STEPS =
      List.of(
          "Record these findings: Temporal runs durable workflows; its Java SDK is version 1.38;"
              + " workflows replay from their event history.",
          "Add a finding: every model call of a durable agent is an activity.",
          "Which findings do you have about Temporal?",
          "Write a two-sentence summary of the research so far, from your notes only.");

  /** The workflow: four research steps sharing one scratchpad. */
  @WorkflowInterface
  public interface MemoryResearchScratchpadWorkflow {
    /** Runs the steps; returns the last answer. */
    @WorkflowMethod(name = "MemoryResearchScratchpadWorkflow")
    String run();
  }

  /** The steps, in one session of the memory server. */
  public static class MemoryResearchScratchpadWorkflowImpl
      implements MemoryResearchScratchpadWorkflow {

    static final AgentDefinition RESEARCHER =
        AgentDefinition.newBuilder("Research Assistant")
            .setInstructions(
                "You are a research assistant with a knowledge-graph scratchpad. Record findings"
                    + " as entities and observations, and answer only from the scratchpad.")
            .setModelSettings(ModelSettings.newBuilder().setToolChoice("required").build())
            .addMcpServer(SERVER)
            .build();

    @Override
    public String run() {
      StringBuilder log = new StringBuilder();
      try (McpSession scratchpad = McpSession.open(SERVER)) {
        for (String step : STEPS) {
          String answer = Runner.<String>run(RESEARCHER, step).finalOutput();
          log.append(step).append("\n  ").append(answer).append('\n');
        }
      }
      return log.toString().strip();
    }
  }

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where a worker of this sample runs. */
  public static void main(String[] args) {
    Starter.start(new MemoryResearchScratchpad(), args);
  }

  @Override
  public String name() {
    return "mcp/MemoryResearchScratchpad";
  }

  @Override
  public String description() {
    return "Notes in server-memory (npm, stdio, stateful: one session for four runs)";
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
    Path graph;
    try {
      graph = Files.createTempFile("durable-agents-memory", ".jsonl");
      Files.delete(graph); // the server creates it; a new graph per process
      graph.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return List.of(
        McpServerProvider.stdio(
                SERVER,
                List.of("npx", "-y", "@modelcontextprotocol/server-memory"),
                Map.of("MEMORY_FILE_PATH", graph.toString()),
                McpServerProvider.DEFAULT_REQUEST_TIMEOUT)
            .stateful());
  }

  @Override
  public void register(Worker worker) {
    worker.registerWorkflowImplementationTypes(MemoryResearchScratchpadWorkflowImpl.class);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        toolCall(
            "create_entities",
            "{\"entities\":[{\"name\":\"Temporal\",\"entityType\":\"technology\",\"observations\":"
                + "[\"runs durable workflows\",\"Java SDK version 1.38\","
                + "\"workflows replay from their event history\"]}]}"),
        text("Recorded three findings about Temporal."),
        toolCall(
            "add_observations",
            "{\"observations\":[{\"entityName\":\"Temporal\",\"contents\":"
                + "[\"every model call of a durable agent is an activity\"]}]}"),
        text("Added the finding."),
        toolCall("search_nodes", "{\"query\":\"Temporal\"}"),
        text(
            "Temporal runs durable workflows, its Java SDK is version 1.38, workflows replay from"
                + " their event history, and every model call of a durable agent is an activity."),
        toolCall("open_nodes", "{\"names\":[\"Temporal\"]}"),
        text(
            "Temporal runs durable workflows that replay from their event history. Durable agents"
                + " build on it by making every model call an activity."));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    return newWorkflow(client, MemoryResearchScratchpadWorkflow.class, workflowId).run();
  }
}
