package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.integration.crash.ConversationCrash;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversation of 5 MB (250 turns of two 10 KB messages), past the 2 MB payload limit, on the
 * real server with default settings, while its two worker JVMs are killed and replaced: every turn
 * reaches the model whole (the workflow checks each answer), the history stays linear, and no event
 * carries more than one message and change.
 */
class ConversationCrashIT {

  @Test
  void aLongConversationSurvivesKilledWorkersWithLinearHistory(@TempDir Path dir) throws Exception {
    assumeTrue(
        TemporalDevServer.findCliOrNull() != null,
        "no Temporal CLI (TEMPORAL_CLI): this test starts a dev server of its own");
    int chars = 10 * 1024;
    ConversationCrash.Report report =
        ConversationCrash.run(
            new ConversationCrash.Options(250, chars, 2, 6, Duration.ofSeconds(3), 3, dir));
    String table = report.toMarkdown();
    System.out.println(table);

    assertNull(report.stop(), table);
    assertEquals(250, report.turnsDone(), table);
    assertTrue(report.kills() >= 2, table);
    // A replaced worker rebuilds the conversation from the history: nothing is sent twice.
    assertEquals(0, report.wholeResends(), table);
    assertTrue(report.historyBytes() <= 3 * report.conversationBytes(), table);
    assertTrue(report.largestEvent() <= 256 * 1024 + chars + 1024, table);
  }
}
