package dev.durableagents.bench;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 2, throughput and memory: N runs of the 10-turn agent started together on one worker of
 * a fresh test server, with a simulated model latency; the time until the last completes, and the
 * heap.
 *
 * <p>The model's latency is a blocking sleep in the model activity, so the worker gets enough
 * activity slots (threads) that the sleeps never queue: {@code slots} concurrent activities
 * complete at most {@code slots / latency} model calls per second.
 */
public final class ThroughputBench {

  /** A variant of the run. */
  public enum Variant {
    GENERATED("generated", false),
    HAND_WRITTEN("hand-written", false),
    GENERATED_LOCAL("generated, local", true),
    HAND_WRITTEN_LOCAL("hand-written, local", true);

    final String label;
    final boolean local;

    Variant(String label, boolean local) {
      this.label = label;
      this.local = local;
    }
  }

  /**
   * One measurement.
   *
   * @param variant the variant
   * @param runs the runs started
   * @param completed the runs that returned the expected answer
   * @param failed the runs that failed
   * @param seconds from the first start to the last completion
   * @param peakHeapBytes the highest used heap sampled during the measurement (garbage included)
   * @param baselineHeapBytes used heap after a full GC before the runs started
   * @param liveHeapBytes used heap after a full GC half-way (half the model calls made)
   * @param openAtLiveSample runs not yet answered at that GC
   */
  public record Result(
      Variant variant,
      int runs,
      int completed,
      int failed,
      double seconds,
      long peakHeapBytes,
      long baselineHeapBytes,
      long liveHeapBytes,
      long openAtLiveSample) {

    /** Runs completed per second. */
    public double runsPerSecond() {
      return completed / seconds;
    }

    /** Live heap per open run, in bytes. */
    public double heapPerOpenRun() {
      return openAtLiveSample == 0
          ? Double.NaN
          : (double) (liveHeapBytes - baselineHeapBytes) / openAtLiveSample;
    }
  }

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private ThroughputBench() {}

  /** Runs {@code runs} concurrent runs of {@code variant} on a fresh environment. */
  public static Result measure(Variant variant, int runs, long latencyMillis, int slots) {
    return measure(variant, runs, latencyMillis, slots, null);
  }

  /**
   * The same on the real Temporal server at {@code address}, or on a fresh in-process test server
   * when it is {@code null}.
   */
  public static Result measure(
      Variant variant, int runs, long latencyMillis, int slots, String address) {
    ScriptedModel model = new ScriptedModel(10, 0);
    int cache = Math.min(Math.max(runs, 600), 2000);
    try (BenchEnvironment env =
        address == null
            ? new BenchEnvironment(model, variant.local, slots, cache)
            : BenchEnvironment.onServer(
                address,
                DurableAgentsPlugin.newBuilder()
                    .setModelProvider(model)
                    .setModelActivityOptions(
                        ModelActivityOptions.newBuilder()
                            .setUseLocalActivity(variant.local)
                            .build())
                    .build(),
                slots,
                cache)) {
      model.setLatencyMillis(latencyMillis);
      System.gc();
      long baseline = MEMORY.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(baseline);
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();

      WorkflowClient client = env.client();
      List<WorkflowStub> stubs = new ArrayList<>(runs);
      for (int i = 0; i < runs; i++) {
        String type =
            switch (variant) {
              case GENERATED -> "BenchAgentWorkflow";
              case GENERATED_LOCAL -> "BenchLocalAgentWorkflow";
              default -> "HandWrittenAgentWorkflow";
            };
        stubs.add(
            client.newUntypedWorkflowStub(
                type, BenchEnvironment.options("tp-" + variant.name() + "-" + i)));
      }
      long start = System.nanoTime();
      Thread progress = progressReporter(model, runs, start);
      // Start from a few threads: a start is one RPC, and the runs should overlap.
      ExecutorService starters = Executors.newFixedThreadPool(4);
      List<Future<?>> starts = new ArrayList<>(runs);
      for (WorkflowStub stub : stubs) {
        starts.add(
            starters.submit(
                () -> {
                  if (variant == Variant.GENERATED || variant == Variant.GENERATED_LOCAL) {
                    stub.start("What are the facts?");
                  } else {
                    stub.start("What are the facts?", variant.local);
                  }
                }));
      }
      for (Future<?> f : starts) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IllegalStateException("start failed", e);
        }
      }
      starters.shutdown();
      // The live heap half-way: once half the model calls are made, most runs are open and
      // half-way through their conversation.
      long halfWay = (long) runs * (model.toolTurns() + 1) / 2;
      while (model.calls() < halfWay) {
        sleep(10);
      }
      long answeredBeforeGc = model.finalAnswers();
      System.gc();
      long live = MEMORY.getHeapMemoryUsage().getUsed();
      long open = runs - answeredBeforeGc;

      int completed = 0;
      int failed = 0;
      String expected = "Done after 10 lookups.";
      // Runs progress together, so the first may finish near the end: one deadline for all,
      // generous for N (10,000 runs on a two-core dev server take about an hour).
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Math.max(10, runs / 40));
      for (WorkflowStub stub : stubs) {
        try {
          long left = Math.max(1, deadline - System.nanoTime());
          String answer = stub.getResult(left, TimeUnit.NANOSECONDS, String.class);
          if (expected.equals(answer)) {
            completed++;
          } else {
            failed++;
          }
        } catch (Exception e) {
          failed++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      progress.interrupt();
      return new Result(
          variant, runs, completed, failed, seconds, peak.get(), baseline, live, open);
    }
  }

  /**
   * Prints the model calls and answers so far to stderr every minute, for long measurements (stderr
   * only: the tables on stdout stay as they are).
   */
  private static Thread progressReporter(ScriptedModel model, int runs, long start) {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(60_000);
                } catch (InterruptedException e) {
                  return;
                }
                System.err.printf(
                    "throughput %d runs: %.0f s, %d model calls, %d answered%n",
                    runs, (System.nanoTime() - start) / 1e9, model.calls(), model.finalAnswers());
              }
            },
            "progress");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Prints the results as a markdown table. */
  public static void print(PrintStream out, List<Result> results, long latencyMillis, int slots) {
    out.println();
    out.println(
        "### 2. Throughput and memory: N concurrent 10-turn runs, "
            + latencyMillis
            + " ms model latency, one worker ("
            + slots
            + " activity slots)");
    out.println();
    out.println(
        "| N | variant | completed | failed | seconds | runs/s | activities/s | peak heap MB"
            + " | live heap MB (half-way) | open runs then | KB per open run |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      out.println(
          "| "
              + r.runs()
              + " | "
              + r.variant().label
              + " | "
              + r.completed()
              + " | "
              + r.failed()
              + " | "
              + Stats.f(r.seconds(), 1)
              + " | "
              + Stats.f(r.runsPerSecond(), 1)
              + " | "
              + Stats.f(r.runsPerSecond() * 21, 0)
              + " | "
              + Stats.f(r.peakHeapBytes() / 1048576.0, 0)
              + " | "
              + Stats.f(r.liveHeapBytes() / 1048576.0, 0)
              + " | "
              + r.openAtLiveSample()
              + " | "
              + Stats.f(r.heapPerOpenRun() / 1024, 1)
              + " |");
    }
  }
}
