package dev.durableagents.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checked-in histories of the runtime's tests, and their replay with {@link WorkflowReplayer}.
 */
public final class RecordedHistories {

  private RecordedHistories() {}

  /** The {@code .json} histories directly in {@code directory}, sorted; fails if there are none. */
  public static Stream<Path> in(String directory) {
    Path dir = Path.of(directory);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(files.isEmpty(), "no recorded histories in " + dir);
    return files.stream();
  }

  /**
   * Replays the history in {@code file} on a worker with these workflow implementations and a model
   * that is never called (replay takes every activity's result from the history); throws if today's
   * workflow code decides differently.
   */
  public static void replay(Path file, Class<?>... workflowImplementations) throws Exception {
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(TestModel.returning()))
            .build();
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 600)) {
      env.worker().registerWorkflowImplementationTypes(workflowImplementations);
      WorkflowReplayer.replayWorkflowExecution(history, env.worker());
    }
  }
}
