package dev.durableagents.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1, orchestration overhead: one 10-turn tool-calling run (10 model calls that each ask
 * for one tool call, then the answer: 21 activities) through the generated workflow, the
 * hand-written workflow and the direct loop, each with regular and local activities. The variants
 * run one after another, in an order that rotates every repetition, in one process, after a
 * warm-up.
 */
public final class OverheadBench {

  /** The variants, in the order of the tables. */
  public enum Variant {
    GENERATED("generated"),
    HAND_WRITTEN("hand-written"),
    GENERATED_LOCAL("generated, local"),
    HAND_WRITTEN_LOCAL("hand-written, local"),
    DIRECT("direct loop");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /**
   * The measurements at one model latency.
   *
   * @param latencyMillis the simulated model latency
   * @param millisPerRun each variant's run times, in milliseconds
   * @param cpuMillisPerRun the process's CPU time during each run (all threads, the in-process
   *     server's included), in milliseconds
   * @param allocatedKbPerRun the bytes all threads allocated during each run, in KB: the measure
   *     least disturbed by other processes on the machine
   * @param activities each Temporal variant's activity count (activities plus local-activity
   *     markers) in the history of its last run
   * @param activityTypes each Temporal variant's activity types (regular activities only)
   * @param historyBytes each Temporal variant's history size, in bytes, of its last run
   */
  public record Result(
      long latencyMillis,
      Map<Variant, List<Double>> millisPerRun,
      Map<Variant, List<Double>> cpuMillisPerRun,
      Map<Variant, List<Double>> allocatedKbPerRun,
      Map<Variant, Integer> activities,
      Map<Variant, List<String>> activityTypes,
      Map<Variant, Long> historyBytes) {

    /** The median run time of a variant, in milliseconds. */
    public double median(Variant v) {
      return Stats.median(millisPerRun.get(v));
    }

    /** The ratio of two variants' median run times. */
    public double ratio(Variant a, Variant b) {
      return median(a) / median(b);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * Bytes allocated so far by the live threads. Not {@code getTotalThreadAllocatedBytes()}: that
   * method is missing from Java 17's API, which the build compiles against ({@code --release 17} on
   * newer JDKs too). The benchmark's threads are pooled, so few end between two readings.
   */
  private static long allocatedBytes() {
    long total = 0;
    for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      if (bytes > 0) {
        total += bytes;
      }
    }
    return total;
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private final ScriptedModel model;
  private final BenchEnvironment regular;
  private final BenchEnvironment local;
  private final DirectLoop direct;
  private int sequence;

  /** Runs over two environments (regular and local model activities) sharing one model. */
  public OverheadBench(ScriptedModel model, BenchEnvironment regular, BenchEnvironment local) {
    this.model = model;
    this.regular = regular;
    this.local = local;
    this.direct = new DirectLoop(model, new BenchToolsImpl());
  }

  /**
   * Measures every variant {@code repetitions} times after {@code warmUps} unmeasured runs each.
   */
  public Result measure(long latencyMillis, int warmUps, int repetitions) {
    return measure(latencyMillis, warmUps, repetitions, Variant.values());
  }

  /** The same for some variants only (a profile of the local-activity pair, for example). */
  public Result measure(long latencyMillis, int warmUps, int repetitions, Variant... variants) {
    model.setLatencyMillis(latencyMillis);
    for (int i = 0; i < warmUps; i++) {
      for (Variant v : variants) {
        runOnce(v);
      }
    }
    Map<Variant, List<Double>> times = new LinkedHashMap<>();
    Map<Variant, List<Double>> cpu = new LinkedHashMap<>();
    Map<Variant, List<Double>> allocated = new LinkedHashMap<>();
    Map<Variant, Integer> activities = new LinkedHashMap<>();
    Map<Variant, List<String>> types = new LinkedHashMap<>();
    Map<Variant, Long> bytes = new LinkedHashMap<>();
    for (Variant v : variants) {
      times.put(v, new ArrayList<>());
      cpu.put(v, new ArrayList<>());
      allocated.put(v, new ArrayList<>());
    }
    for (int r = 0; r < repetitions; r++) {
      for (int k = 0; k < variants.length; k++) {
        Variant v = variants[(r + k) % variants.length];
        long allocatedBefore = allocatedBytes();
        long cpuBefore = OS.getProcessCpuTime();
        long start = System.nanoTime();
        String id = runOnce(v);
        times.get(v).add((System.nanoTime() - start) / 1e6);
        cpu.get(v).add((OS.getProcessCpuTime() - cpuBefore) / 1e6);
        allocated.get(v).add((allocatedBytes() - allocatedBefore) / 1024.0);
        if (r == repetitions - 1 && id != null) {
          HistoryStats stats = HistoryStats.of(envOf(v).client(), id, null);
          activities.put(v, stats.activities() + stats.markers());
          types.put(v, stats.activityTypes());
          bytes.put(v, stats.bytes());
        }
      }
    }
    model.setLatencyMillis(0);
    return new Result(latencyMillis, times, cpu, allocated, activities, types, bytes);
  }

  private BenchEnvironment envOf(Variant v) {
    return v == Variant.GENERATED_LOCAL || v == Variant.HAND_WRITTEN_LOCAL ? local : regular;
  }

  /** Runs one variant once; returns the workflow id, or {@code null} for the direct loop. */
  private String runOnce(Variant v) {
    String question = "What are the facts?";
    String id = "overhead-" + (sequence++);
    String answer =
        switch (v) {
          case GENERATED ->
              regular
                  .client()
                  .newWorkflowStub(BenchAgentWorkflow.class, BenchEnvironment.options(id))
                  .run(question);
          case GENERATED_LOCAL ->
              local
                  .client()
                  .newWorkflowStub(BenchLocalAgentWorkflow.class, BenchEnvironment.options(id))
                  .run(question);
          case HAND_WRITTEN ->
              regular
                  .client()
                  .newWorkflowStub(HandWrittenAgentWorkflow.class, BenchEnvironment.options(id))
                  .run(question, false);
          case HAND_WRITTEN_LOCAL ->
              local
                  .client()
                  .newWorkflowStub(HandWrittenAgentWorkflow.class, BenchEnvironment.options(id))
                  .run(question, true);
          case DIRECT -> direct.run(question);
        };
    String expected = "Done after " + model.toolTurns() + " lookups.";
    if (!expected.equals(answer)) {
      throw new IllegalStateException(
          v.label + " answered '" + answer + "', not '" + expected + "'");
    }
    return v == Variant.DIRECT ? null : id;
  }

  /**
   * Prints the CPU time and the allocation per run of the generated/hand-written pairs: measures
   * that other processes on the machine disturb less than the elapsed time.
   */
  public static void printCpu(PrintStream out, List<Result> results) {
    out.println();
    out.println(
        "CPU time of the process during a run (mean: the clock ticks in 10 ms) and bytes"
            + " allocated by all its threads during a run (median):");
    out.println();
    out.println(
        "| model latency | variant | CPU ms/run | vs hand-written | KB allocated/run"
            + " | vs hand-written |");
    out.println("|---|---|---|---|---|---|");
    for (Result r : results) {
      for (Variant[] pair :
          new Variant[][] {
            {Variant.GENERATED, Variant.HAND_WRITTEN},
            {Variant.GENERATED_LOCAL, Variant.HAND_WRITTEN_LOCAL}
          }) {
        if (!r.cpuMillisPerRun().containsKey(pair[0])
            || !r.cpuMillisPerRun().containsKey(pair[1])) {
          continue;
        }
        for (Variant v : pair) {
          double cpu = Stats.mean(r.cpuMillisPerRun().get(v));
          double kb = Stats.median(r.allocatedKbPerRun().get(v));
          boolean first = v == pair[0];
          out.println(
              "| "
                  + r.latencyMillis()
                  + " ms | "
                  + v.label
                  + " | "
                  + Stats.f(cpu, 2)
                  + " | "
                  + (first ? Stats.f(cpu / Stats.mean(r.cpuMillisPerRun().get(pair[1])), 3) : "")
                  + " | "
                  + Stats.f(kb, 0)
                  + " | "
                  + (first ? Stats.f(kb / Stats.median(r.allocatedKbPerRun().get(pair[1])), 3) : "")
                  + " |");
        }
      }
    }
  }

  /** Prints the results as a markdown table, with the ratios. */
  public static void print(PrintStream out, List<Result> results, int repetitions) {
    out.println();
    out.println("### 1. Orchestration overhead: one run of 10 tool turns (21 activities)");
    out.println();
    out.println(
        "Median of "
            + repetitions
            + " side-by-side repetitions (variant order rotating), milliseconds per run;"
            + " per activity = per run / 21.");
    out.println();
    out.println(
        "| model latency | variant | activities in history | history bytes | ms/run (median)"
            + " | ms/run (min) | ms/activity | vs hand-written | vs direct |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      for (Variant v : Variant.values()) {
        if (!r.millisPerRun().containsKey(v)) {
          continue;
        }
        double median = r.median(v);
        String vsHand =
            switch (v) {
              case GENERATED ->
                  r.millisPerRun().containsKey(Variant.HAND_WRITTEN)
                      ? Stats.f(r.ratio(v, Variant.HAND_WRITTEN), 3)
                      : "";
              case GENERATED_LOCAL ->
                  r.millisPerRun().containsKey(Variant.HAND_WRITTEN_LOCAL)
                      ? Stats.f(r.ratio(v, Variant.HAND_WRITTEN_LOCAL), 3)
                      : "";
              default -> "";
            };
        out.println(
            "| "
                + r.latencyMillis()
                + " ms | "
                + v.label
                + " | "
                + (r.activities().containsKey(v) ? r.activities().get(v) : "-")
                + " | "
                + (r.historyBytes().containsKey(v) ? r.historyBytes().get(v) : "-")
                + " | "
                + Stats.f(median, 2)
                + " | "
                + Stats.f(Stats.min(r.millisPerRun().get(v)), 2)
                + " | "
                + Stats.f(median / 21, 3)
                + " | "
                + vsHand
                + " | "
                + (v == Variant.DIRECT || !r.millisPerRun().containsKey(Variant.DIRECT)
                    ? ""
                    : Stats.f(r.ratio(v, Variant.DIRECT), 3))
                + " |");
      }
    }
  }
}
