package dev.durableagents.integration.crash;

import dev.durableagents.integration.scenario.Forecast;
import dev.durableagents.integration.scenario.ScenarioModel;
import dev.durableagents.integration.scenario.TriageAgentWorkflow;
import dev.durableagents.integration.scenario.Weather;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Crash recovery across processes, measured: a batch of concurrent scenario runs (tool calls, a
 * handoff, parallel tool calls, structured output) on a real Temporal dev server, served by worker
 * JVMs that are killed with SIGKILL at random moments and started again; optionally the server
 * itself is stopped and started again on its database file in the middle. Then every run's output,
 * history, the side effects and the model requests are checked and counted ({@link CrashReport}).
 *
 * <pre>
 * integration/run crash              # the full batch: 50 runs, 100 kills, a server restart
 * integration/run crash --runs 20 --kills 20 --cities 6
 * </pre>
 */
public final class CrashRecovery {

  /**
   * What to run.
   *
   * @param runs concurrent runs
   * @param cities cities per run (a run makes 2 * cities + 2 model calls and 3 * cities tool calls)
   * @param workers worker processes
   * @param kills kills to make while runs are in flight
   * @param killEvery mean time between kills
   * @param restartServer stop and start the server once, half-way through the kills
   * @param modelDelayMillis each model reply is sent after up to this long
   * @param toolDelayMillis each tool call takes up to this long
   * @param seed what the random moments and choices derive from
   * @param directory where the server's database, the logs and the side effects go
   */
  public record Options(
      int runs,
      int cities,
      int workers,
      int kills,
      Duration killEvery,
      boolean restartServer,
      int modelDelayMillis,
      int toolDelayMillis,
      long seed,
      Path directory) {}

  private static final Duration RESULT_TIMEOUT = Duration.ofMinutes(15);
  private static final String TASK_QUEUE = "crash-recovery";

  private CrashRecovery() {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    System.out.printf(
        "Crash recovery: %d runs of %d cities, %d workers, %d kills (every ~%d ms), server restart:"
            + " %s, seed %d, in %s%n",
        o.runs(),
        o.cities(),
        o.workers(),
        o.kills(),
        o.killEvery().toMillis(),
        o.restartServer(),
        o.seed(),
        o.directory());
    CrashReport report = run(o);
    System.out.println();
    System.out.println(report.toMarkdown());
    boolean ok =
        report.failures().isEmpty()
            && report.kills() >= o.kills()
            && report.completedMoreThanOnce() == 0
            && report.ranAgainAfterCompletion() == 0
            && report.nondeterminismFailures() == 0;
    System.exit(ok ? 0 : 1);
  }

  /** Runs the batch and measures it. */
  public static CrashReport run(Options o) throws IOException, InterruptedException {
    Files.createDirectories(o.directory());
    Random random = new Random(o.seed());
    long started = System.nanoTime();
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      Random delays = new Random(o.seed() + 1);
      stub.respondWith(
          OpenAIStubServer.CHAT_COMPLETIONS_PATH,
          request -> {
            int delay;
            synchronized (delays) {
              delay = delays.nextInt(o.modelDelayMillis() + 1);
            }
            return ScenarioModel.reply(request).withDelay(Duration.ofMillis(delay));
          });
      try (WorkerFleet fleet =
          new WorkerFleet(o.directory(), TASK_QUEUE, stub, o.workers(), o.toolDelayMillis())) {
        return run(o, stub, fleet, random, started);
      }
    }
  }

  private static CrashReport run(
      Options o, OpenAIStubServer stub, WorkerFleet fleet, Random random, long started)
      throws InterruptedException {
    WorkflowClient client = fleet.client();
    List<String> ids = new ArrayList<>();
    List<List<String>> cities = new ArrayList<>();
    for (int run = 0; run < o.runs(); run++) {
      String id = "crash-" + o.seed() + "-" + run;
      List<String> names = new ArrayList<>();
      for (int c = 0; c < o.cities(); c++) {
        names.add("City" + run + "x" + c);
      }
      TriageAgentWorkflow workflow =
          client.newWorkflowStub(
              TriageAgentWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(TASK_QUEUE).setWorkflowId(id).build());
      WorkflowClient.start(workflow::forecast, Weather.request(names));
      ids.add(id);
      cities.add(names);
    }

    int kills = 0;
    int restarts = 0;
    while (kills < o.kills() && !allClosed(client, ids)) {
      long mean = o.killEvery().toMillis();
      Thread.sleep(mean / 2 + (long) (random.nextDouble() * mean));
      if (!fleet.killOne(random)) {
        continue;
      }
      kills++;
      if (o.restartServer() && restarts == 0 && kills >= o.kills() / 2) {
        fleet.server().restart();
        restarts++;
        System.out.println("server restarted after kill " + kills);
      }
      if (kills % 10 == 0) {
        System.out.println(kills + " kills");
      }
    }

    List<String> failures = new ArrayList<>();
    long deadline = System.nanoTime() + RESULT_TIMEOUT.toNanos();
    for (int run = 0; run < ids.size(); run++) {
      String failure = awaitRun(client, ids.get(run), cities.get(run), deadline);
      if (failure != null) {
        failures.add(ids.get(run) + ": " + failure);
      }
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    fleet.stopWorkers();

    List<RunHistory> histories = new ArrayList<>();
    for (String id : ids) {
      WorkflowExecutionHistory history = client.fetchHistory(id);
      histories.add(RunHistory.of(id, history));
    }
    record(client, ids);
    Set<String> bodies = new HashSet<>();
    var requests = stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH);
    requests.forEach(r -> bodies.add(r.rawBody()));
    return CrashReport.of(
        o.runs(),
        failures,
        o.workers(),
        kills,
        restarts,
        histories,
        SideEffects.read(o.directory()),
        requests.size(),
        bodies.size(),
        wall);
  }

  private static boolean allClosed(WorkflowClient client, List<String> ids) {
    // Cheap enough for a batch: one describe per open run, every kill.
    for (String id : ids) {
      try {
        var status =
            client
                .getWorkflowServiceStubs()
                .blockingStub()
                .describeWorkflowExecution(
                    io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(client.getOptions().getNamespace())
                        .setExecution(
                            io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                                .setWorkflowId(id))
                        .build())
                .getWorkflowExecutionInfo()
                .getStatus();
        if (status
            == io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
          return false;
        }
      } catch (RuntimeException unavailable) {
        return false; // the server is restarting
      }
    }
    return true;
  }

  /** Waits for one run; returns why it is wrong, or {@code null} when its output is right. */
  private static String awaitRun(
      WorkflowClient client, String id, List<String> cities, long deadline)
      throws InterruptedException {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return "no result in " + RESULT_TIMEOUT;
      }
      try {
        Forecast forecast =
            client.newUntypedWorkflowStub(id).getResult(left, TimeUnit.NANOSECONDS, Forecast.class);
        Forecast expected = Weather.expected(cities);
        return expected.equals(forecast) ? null : "wrong output " + forecast;
      } catch (TimeoutException e) {
        return "no result in " + RESULT_TIMEOUT;
      } catch (io.temporal.client.WorkflowFailedException e) {
        return "failed: " + e.getCause();
      } catch (io.temporal.client.WorkflowServiceException e) {
        Thread.sleep(500); // the server is restarting: ask again
      }
    }
  }

  /** Writes the first runs' histories where the build asks ({@code integration.histories.out}). */
  private static void record(WorkflowClient client, List<String> ids) {
    String out = System.getProperty("integration.histories.out");
    if (out == null) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of(out));
      for (String id : ids.subList(0, Math.min(2, ids.size()))) {
        Files.writeString(dir.resolve(id + ".json"), client.fetchHistory(id).toJson(true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Options parse(String[] args) {
    int runs = 50;
    int cities = 30;
    int workers = 4;
    int kills = 100;
    long every = 1500;
    boolean restart = true;
    int modelDelay = 400;
    int toolDelay = 400;
    long seed = 1;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(value);
        case "--cities" -> cities = Integer.parseInt(value);
        case "--workers" -> workers = Integer.parseInt(value);
        case "--kills" -> kills = Integer.parseInt(value);
        case "--kill-every-ms" -> every = Long.parseLong(value);
        case "--no-server-restart" -> {
          restart = false;
          continue;
        }
        case "--model-delay-ms" -> modelDelay = Integer.parseInt(value);
        case "--tool-delay-ms" -> toolDelay = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--dir" -> dir = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i++;
    }
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("crash-recovery-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Options(
        runs,
        cities,
        workers,
        kills,
        Duration.ofMillis(every),
        restart,
        modelDelay,
        toolDelay,
        seed,
        dir);
  }
}
