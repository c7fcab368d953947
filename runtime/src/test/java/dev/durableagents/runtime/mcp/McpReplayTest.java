package dev.durableagents.runtime.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the recorded histories of agents with local MCP servers: the replaying worker has no MCP
 * server at all, since listing and calling tools are activities whose results come from history.
 */
class McpReplayTest {

  static Stream<Path> histories() throws IOException {
    Path directory = Path.of("src/test/resources/histories/mcp");
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no recorded histories in " + directory);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replaysWithoutNondeterminism(Path file) throws Exception {
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(TestModel.returning()))
            .build();
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 600)) {
      env.worker().registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class);
      WorkflowReplayer.replayWorkflowExecution(history, env.worker());
    }
  }
}
