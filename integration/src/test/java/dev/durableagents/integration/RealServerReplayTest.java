package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.durableagents.examples.customer_service.CustomerServiceWorker;
import dev.durableagents.examples.tools.ToolsWorker;
import dev.durableagents.integration.scenario.AgentsModule;
import dev.durableagents.integration.streaming.StreamedWeatherWorkflowImpl;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.mcp.McpAgentWorkflowImpl;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays, in the normal test suite (no server needed), the histories the integration suite
 * recorded on the real Temporal server ({@code src/test/resources/histories}): the scenario with a
 * handoff and parallel tools, hosted web search, the customer-service conversation's first run
 * (updates, continue-as-new), a local MCP server, and runs of the crash batch whose workers were
 * killed. The integration suite writes fresh ones to {@code target/recorded-histories}.
 */
class RealServerReplayTest {

  static Stream<Path> histories() throws IOException {
    Path directory = Path.of("src/test/resources/histories");
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no recorded histories in " + directory);
    return files.stream();
  }

  private static TestWorkflowEnvironment env;

  @BeforeAll
  static void createEnvironment() {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(TestModel.returning()))
            .build();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .build());
  }

  @AfterAll
  static void closeEnvironment() {
    env.close();
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replaysWithoutNondeterminism(Path file) throws Exception {
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    Worker worker = env.newWorker("replay-" + file.getFileName());
    String name = file.getFileName().toString();
    if (name.startsWith("scenario-") || name.startsWith("crash-")) {
      AgentsModule.register(worker);
    } else if (name.startsWith("tools-")) {
      ToolsWorker.register(worker);
    } else if (name.startsWith("customer_service-")) {
      CustomerServiceWorker.register(worker);
    } else if (name.startsWith("mcp-")) {
      worker.registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class);
    } else if (name.startsWith("streaming-")) {
      worker.registerWorkflowImplementationTypes(StreamedWeatherWorkflowImpl.class);
    } else {
      throw new AssertionError("no workflow registered for history " + name);
    }
    WorkflowReplayer.replayWorkflowExecution(history, worker);
  }
}
