package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.testing.RecordedHistories;
import io.temporal.testing.WorkflowReplayer;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the recorded histories of chats with conversation references (inputs that hold only new
 * items, a cache miss and its whole resend, a chat whose every base the worker rebuilt from
 * history; recorded with the version marker earlier builds wrote) with {@link WorkflowReplayer}.
 * The histories recorded before references existed replay in {@link ScenarioReplayTest}; {@link
 * ReferencesCompatibilityTest} pins one of each kind.
 */
class ConversationReplayTest {

  static Stream<Path> histories() {
    return RecordedHistories.in("src/test/resources/histories/conversation");
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replaysWithoutNondeterminism(Path file) throws Exception {
    RecordedHistories.replay(file, ConversationWorkflowImpl.class);
  }
}
