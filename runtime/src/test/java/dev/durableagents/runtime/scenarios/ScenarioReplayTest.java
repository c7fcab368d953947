package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.testing.RecordedHistories;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the recorded histories of the scenarios (handoffs, guardrails, agents as tools, tool-use
 * behaviour, orchestration...) with {@link WorkflowReplayer}: today's loop must make exactly the
 * decisions recorded then. Record them again with {@code -Dhistories.record=true} only after an
 * intended, compatible change.
 */
class ScenarioReplayTest {

  static Stream<Path> histories() {
    return RecordedHistories.in("src/test/resources/histories");
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replaysWithoutNondeterminism(Path file) throws Exception {
    RecordedHistories.replay(file, ScenarioWorkflowImpl.class);
  }
}
