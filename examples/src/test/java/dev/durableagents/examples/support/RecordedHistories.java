package dev.durableagents.examples.support;

import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checked-in workflow histories, replayed by {@code ReplayTest} so that a change that breaks the
 * determinism of running workflows fails the build. Run the tests with {@code
 * -Dhistories.record=true} to record them again (only after an intended, compatible change).
 */
public final class RecordedHistories {

  static final Path DIRECTORY = Path.of("src/test/resources/histories");

  private RecordedHistories() {}

  /** Records {@code run}'s history as {@code name.json} when recording is switched on. */
  public static void recordIfAsked(String name, SampleRun run) {
    recordIfAsked(name, run.history);
  }

  /**
   * Records {@code history} as {@code name.json} when recording is switched on; {@code name} is
   * {@code <folder>-<Sample>} or {@code <folder>-<Sample>-<variant>}, so ReplayTest finds the
   * sample whose worker replays it.
   */
  public static void recordIfAsked(String name, WorkflowExecutionHistory history) {
    if (!Boolean.getBoolean("histories.record")) {
      return;
    }
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(
          DIRECTORY.resolve(name + ".json"), history.toJson(true), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot record history " + name, e);
    }
  }
}
