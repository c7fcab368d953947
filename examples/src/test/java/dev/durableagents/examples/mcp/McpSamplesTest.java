package dev.durableagents.examples.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.ModelRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code mcp} samples on their offline scripts, with their real MCP servers: the npm servers
 * started with {@code npx} (skipped when npm is unavailable), the samples' own tools server on
 * loopback. Histories are recorded for ReplayTest with {@code -Dhistories.record=true}.
 */
class McpSamplesTest {

  /** Skips the test, saying why, when {@code npx} cannot run. */
  static void assumeNpx() {
    assumeTrue(McpSample.npxAvailable(), "npx is not available: the npm MCP servers cannot start");
  }

  private static SampleRun run(McpSample sample) {
    SampleRun run =
        SampleRun.withPlugin(
            sample,
            List.of(),
            plugin -> {
              sample.mcpServers().forEach(plugin::addMcpServer);
              return plugin;
            });
    RecordedHistories.recordIfAsked(sample.name().replace('/', '-'), run);
    return run;
  }

  /** What the tools answered, in the order the model saw them. */
  private static List<String> toolOutputs(SampleRun run) {
    List<String> outputs = new ArrayList<>();
    for (ModelRequest request : run.modelRequests) {
      request.input().stream()
          .filter(FunctionCallOutput.class::isInstance)
          .map(item -> ((FunctionCallOutput) item).output())
          .reduce((first, last) -> last)
          .ifPresent(outputs::add);
    }
    return outputs;
  }

  private static List<String> times(int n, List<String> activities) {
    return Collections.nCopies(n, activities).stream().flatMap(List::stream).toList();
  }

  @Test
  void fileSystemReadsTheSampleFilesThroughServerFilesystem() {
    assumeNpx();
    SampleRun run = run(new FileSystem());

    // Three runs: each lists the tools once, then one tool call between two model calls.
    assertEquals(
        times(3, List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel")),
        run.activities());
    assertTrue(run.result.contains("Your #1 favorite book is To Kill a Mockingbird"), run.result);
    String outputs = String.join("\n", toolOutputs(run));
    assertTrue(outputs.contains("[FILE] favorite_books.txt"), outputs);
    assertTrue(outputs.contains("1. To Kill a Mockingbird – Harper Lee"), outputs);
    assertTrue(outputs.contains("\"Here Comes the Sun\" – The Beatles"), outputs);
  }

  @Test
  void memoryResearchScratchpadKeepsOneSessionForItsFourRuns() {
    assumeNpx();
    SampleRun run = run(new MemoryResearchScratchpad());

    List<String> expected = new ArrayList<>(List.of("McpSessionOpen"));
    expected.addAll(
        times(
            4, List.of("McpSessionListTools", "InvokeModel", "McpSessionCallTool", "InvokeModel")));
    expected.add("McpSessionClose");
    assertEquals(expected, run.activities());
    // The third run found what the first two recorded: one server process held the graph.
    String search = toolOutputs(run).get(2);
    assertTrue(search.contains("Java SDK version 1.38"), search);
    assertTrue(search.contains("every model call of a durable agent is an activity"), search);
  }

  @Test
  void promptServerMakesAnMcpPromptTheAgentsInstructions() {
    SampleRun run = run(new PromptServer());

    assertEquals(List.of("McpListPrompts", "McpGetPrompt", "InvokeModel"), run.activities());
    String instructions = run.modelRequests.get(0).instructions();
    assertTrue(
        instructions.startsWith(
            "You are a senior python code review specialist focused on security vulnerabilities."),
        instructions);
    assertTrue(
        run.result.startsWith(
            "Prompts: generate_code_review_instructions, generate_documentation_instructions"),
        run.result);
  }

  private static void assertToolsServerRun(SampleRun run) {
    assertEquals(
        times(3, List.of("McpListTools", "InvokeModel", "McpCallTool", "InvokeModel")),
        run.activities());
    assertEquals(
        List.of("29", "Weather in Tokyo: sunny, 22C (sample data)", "cherry"), toolOutputs(run));
    assertEquals(
        "required", run.modelRequests.get(0).settings().toolChoice(), "tool use is required");
    assertTrue(run.result.endsWith("The secret word is cherry."), run.result);
  }

  @Test
  void sseCallsTheToolsServerOverHttpAndSse() {
    assertToolsServerRun(run(new Sse()));
  }

  @Test
  void streamableHttpCallsTheToolsServerOverStreamableHttp() {
    assertToolsServerRun(run(new StreamableHttp()));
  }
}
