package dev.durableagents.runtime.mcp;

import dev.durableagents.runtime.testing.RecordedHistories;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the recorded histories of agents with local MCP servers: the replaying worker has no MCP
 * server at all, since listing and calling tools are activities whose results come from history.
 */
class McpReplayTest {

  static Stream<Path> histories() {
    return RecordedHistories.in("src/test/resources/histories/mcp");
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replaysWithoutNondeterminism(Path file) throws Exception {
    RecordedHistories.replay(file, McpAgentWorkflowImpl.class);
  }
}
