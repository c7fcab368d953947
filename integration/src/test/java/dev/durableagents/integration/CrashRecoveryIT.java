package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.integration.crash.CrashRecovery;
import dev.durableagents.integration.crash.CrashReport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery across processes, the CI-sized batch (12 runs of 8 cities, up to 12 kills)
 * (RELIABILITY.md has a full run's figures and the command): worker JVMs killed with SIGKILL while
 * runs call tools, hand off and call tools in parallel, and the dev server stopped and started
 * again on its database file half-way.
 */
class CrashRecoveryIT {

  @Test
  void everyRunCompletesRightNoCompletedActivityRunsAgainNoNondeterminism(@TempDir Path dir)
      throws Exception {
    assumeTrue(
        TemporalDevServer.findCliOrNull() != null,
        "no Temporal CLI (TEMPORAL_CLI): this test starts and restarts a dev server of its own");
    CrashReport report =
        CrashRecovery.run(
            new CrashRecovery.Options(
                12, 8, 3, 12, Duration.ofMillis(1500), true, 300, 300, 7, dir));
    String table = report.toMarkdown();
    System.out.println(table);

    assertEquals(report.runs(), report.correct(), table);
    // Kills stop when every run is done; runs of 8 cities outlast a dozen kills on 2 cores.
    assertTrue(report.kills() >= 8, table);
    assertEquals(1, report.serverRestarts());
    assertEquals(0, report.completedMoreThanOnce());
    assertEquals(0, report.notCompleted(), table);
    assertEquals(0, report.failedActivities(), table);
    assertEquals(0, report.ranAgainAfterCompletion());
    assertEquals(0, report.nondeterminismFailures());
  }
}
