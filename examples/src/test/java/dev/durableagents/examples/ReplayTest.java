package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
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
 * Replays the checked-in histories of the samples with {@link WorkflowReplayer}: the workflow code
 * of today must make exactly the decisions recorded then. A nondeterministic change fails here.
 */
class ReplayTest {

  static Stream<Path> histories() throws IOException {
    Path directory = Path.of("src/test/resources/histories");
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no recorded histories in " + directory);
    return files.stream();
  }

  /**
   * The sample a history file belongs to: files are named {@code <folder>-<Sample>.json}, or {@code
   * <folder>-<Sample>-<variant>.json} when a sample has several recorded runs.
   */
  static Sample sampleOf(Path file) {
    String[] parts = file.getFileName().toString().replace(".json", "").split("-");
    Sample sample = parts.length >= 2 ? Samples.find(parts[0] + "/" + parts[1]) : null;
    assertNotNull(sample, "no sample for history " + file.getFileName());
    return sample;
  }

  private static TestWorkflowEnvironment env;

  /** One environment for every replay; each history gets a worker of its own. */
  @BeforeAll
  static void createEnvironment() {
    // Replay never calls activities; the model here only satisfies the plugin.
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
    Sample sample = sampleOf(file);
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    // The replayer only needs the worker's registrations: its task queue is never polled.
    Worker worker = env.newWorker("replay-" + file.getFileName());
    sample.register(worker);
    WorkflowReplayer.replayWorkflowExecution(history, worker);
  }
}
