package dev.durableagents.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks and prints their tables (markdown) on standard output.
 *
 * <pre>
 * mvn -B -ntp -q -pl bench -am compile exec:exec -Dbench.args=all
 * </pre>
 *
 * <p>Arguments: {@code all} (overhead, throughput up to 1,000 runs, history, compile), or any of
 * {@code overhead}, {@code throughput}, {@code history}, {@code compile}, {@code throughput10k}
 * (10,000 concurrent runs, long), {@code smoke} (everything, tiny), {@code profile} (the
 * zero-latency overhead only, 300 repetitions, to run under a profiler), {@code
 * history:<turns,...>[:<mode,...>]} (the history benchmark at these turns, in these modes; e.g.
 * {@code history:10,100,1000:REFERENCES,PREVIOUS_RESPONSE_ID}: whole conversations in history
 * cannot reach 1,000 turns).
 */
public final class Bench {

  /** The sizes of one invocation. */
  record Plan(
      int overheadWarmUps,
      int overheadReps,
      int latencyWarmUps,
      int latencyReps,
      long latencyMillis,
      List<Integer> throughputRuns,
      List<ThroughputBench.Variant> throughputVariants,
      int slots,
      List<Integer> historyTurns,
      List<ChatWorkflow.Mode> historyModes,
      int messageChars,
      int continueAsNewEvery,
      int compileAgents,
      int compileWarmUps,
      int compileReps) {}

  static final Plan FULL =
      new Plan(
          30,
          60,
          1,
          6,
          200,
          List.of(100, 1000),
          List.of(ThroughputBench.Variant.values()),
          1000,
          List.of(10, 50, 100),
          List.of(ChatWorkflow.Mode.values()),
          10 * 1024,
          10,
          200,
          2,
          5);

  static final Plan SMOKE =
      new Plan(
          2,
          3,
          0,
          1,
          20,
          List.of(5),
          List.of(ThroughputBench.Variant.GENERATED, ThroughputBench.Variant.HAND_WRITTEN_LOCAL),
          50,
          List.of(2, 4, 6),
          List.of(ChatWorkflow.Mode.values()),
          1024,
          2,
          4,
          0,
          1);

  private Bench() {}

  public static void main(String[] args) {
    int status = 1;
    try {
      run(args);
      status = 0;
    } catch (Throwable t) {
      t.printStackTrace();
    } finally {
      // The test server leaves non-daemon threads behind.
      System.exit(status);
    }
  }

  static void run(String[] args) throws Exception {
    List<String> what = args.length == 0 ? List.of("all") : List.of(args);
    PrintStream out = System.out;
    printMachine(out);
    for (String w : what) {
      if (w.startsWith("history:")) {
        history(out, historyPlan(w));
        continue;
      }
      if (w.equals("throughput10k-real")) {
        throughputOnRealServer(out, 10_000);
        continue;
      }
      if (w.startsWith("throughput-real:")) {
        // throughput-real:N, N concurrent runs with regular activities on the real server
        throughputOnRealServer(out, Integer.parseInt(w.substring("throughput-real:".length())));
        continue;
      }
      if (w.equals("python-vs-java") || w.startsWith("python-vs-java")) {
        String address = System.getenv("TEMPORAL_ADDRESS");
        if (address == null || address.isBlank()) {
          throw new IllegalStateException(
              "python-vs-java needs a real Temporal server: bench/run python-vs-java starts one");
        }
        PythonVsJava.run(out, address, PythonVsJava.python(), PythonVsJava.plan(w));
        continue;
      }
      if (w.equals("history-real") || w.startsWith("history-real:")) {
        historyOnRealServer(out, w);
        continue;
      }
      switch (w) {
        case "all" -> {
          overhead(out, FULL);
          throughput(out, FULL);
          history(out, FULL);
          compile(out, FULL);
        }
        case "overhead" -> overhead(out, FULL);
        case "throughput" -> throughput(out, FULL);
        case "throughput10k" -> throughput10k(out);
        case "throughput1000" -> {
          // The generated workflow with regular activities alone, N = 1,000 (for A/B runs such
          // as -Dbench.virtualThreads=true on Java 21+).
          ThroughputBench.measure(ThroughputBench.Variant.GENERATED, 20, 0, FULL.slots());
          ThroughputBench.print(
              out,
              List.of(
                  ThroughputBench.measure(
                      ThroughputBench.Variant.GENERATED, 1000, FULL.latencyMillis(), FULL.slots())),
              FULL.latencyMillis(),
              FULL.slots());
          out.println("bench.virtualThreads=" + Boolean.getBoolean("bench.virtualThreads"));
        }
        case "history" -> history(out, FULL);
        case "compile" -> compile(out, FULL);
        case "compile-profile" -> {
          // With the processors only, 5 warm-ups and 20 compiles (to profile: -Dbench.jvmArgs=JFR)
          out.println(
              "with the processor, compiling thread CPU ms per compile: "
                  + CompileBench.profile(FULL.compileAgents(), 5, 20));
        }
        case "profile" -> profile(out);
        case "profile-local" -> profileLocal(out);
        case "tracing" -> TracingBench.print(out, TracingBench.measure(10, 60));
        case "smoke" -> {
          overhead(out, SMOKE);
          throughput(out, SMOKE);
          history(out, SMOKE);
          compile(out, SMOKE);
        }
        default -> throw new IllegalArgumentException("unknown benchmark: " + w);
      }
    }
  }

  static void printMachine(PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    out.println(
        "Machine: "
            + rt.availableProcessors()
            + " processors, max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MB, "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", JVM args "
            + ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  static List<OverheadBench.Result> overhead(PrintStream out, Plan plan) {
    ScriptedModel model = new ScriptedModel(10, 0);
    List<OverheadBench.Result> results = new ArrayList<>();
    try (BenchEnvironment regular = BenchEnvironment.small(model, false);
        BenchEnvironment local = BenchEnvironment.small(model, true)) {
      OverheadBench bench = new OverheadBench(model, regular, local);
      long t = System.nanoTime();
      results.add(bench.measure(0, plan.overheadWarmUps(), plan.overheadReps()));
      OverheadBench.print(out, results, plan.overheadReps());
      OverheadBench.printCpu(out, results);
      results.add(bench.measure(plan.latencyMillis(), plan.latencyWarmUps(), plan.latencyReps()));
      OverheadBench.print(out, results.subList(1, 2), plan.latencyReps());
      out.println();
      out.println("(overhead: " + Stats.f((System.nanoTime() - t) / 1e9, 0) + " s)");
    }
    return results;
  }

  /** Only the zero-latency overhead, long enough to profile (with -Dbench.jvmArgs=...JFR...). */
  static void profile(PrintStream out) {
    ScriptedModel model = new ScriptedModel(10, 0);
    try (BenchEnvironment regular = BenchEnvironment.small(model, false);
        BenchEnvironment local = BenchEnvironment.small(model, true)) {
      OverheadBench bench = new OverheadBench(model, regular, local);
      OverheadBench.print(out, List.of(bench.measure(0, 30, 300)), 300);
    }
  }

  /**
   * The zero-latency overhead of the local-activity pair only (generated and hand-written,
   * alternating), 1,000 repetitions: the workflow code's share is largest there.
   */
  static void profileLocal(PrintStream out) {
    ScriptedModel model = new ScriptedModel(10, 0);
    try (BenchEnvironment regular = BenchEnvironment.small(model, false);
        BenchEnvironment local = BenchEnvironment.small(model, true)) {
      OverheadBench bench = new OverheadBench(model, regular, local);
      OverheadBench.Variant[] pair = {
        OverheadBench.Variant.GENERATED_LOCAL, OverheadBench.Variant.HAND_WRITTEN_LOCAL
      };
      List<OverheadBench.Result> results = List.of(bench.measure(0, 100, 1000, pair));
      OverheadBench.print(out, results, 1000);
      OverheadBench.printCpu(out, results);
    }
  }

  static List<ThroughputBench.Result> throughput(PrintStream out, Plan plan) {
    // Warm the JIT on a small run first.
    ThroughputBench.measure(ThroughputBench.Variant.GENERATED, 20, 0, plan.slots());
    List<ThroughputBench.Result> results = new ArrayList<>();
    for (int n : plan.throughputRuns()) {
      for (ThroughputBench.Variant v : plan.throughputVariants()) {
        results.add(ThroughputBench.measure(v, n, plan.latencyMillis(), plan.slots()));
        System.err.println("throughput " + n + " " + v + " done");
      }
    }
    ThroughputBench.print(out, results, plan.latencyMillis(), plan.slots());
    return results;
  }

  static void throughput10k(PrintStream out) {
    ThroughputBench.measure(ThroughputBench.Variant.GENERATED, 20, 0, FULL.slots());
    List<ThroughputBench.Result> results = new ArrayList<>();
    for (ThroughputBench.Variant v :
        List.of(ThroughputBench.Variant.GENERATED_LOCAL, ThroughputBench.Variant.GENERATED)) {
      results.add(ThroughputBench.measure(v, 10_000, FULL.latencyMillis(), FULL.slots()));
      ThroughputBench.print(
          out,
          results.subList(results.size() - 1, results.size()),
          FULL.latencyMillis(),
          FULL.slots());
    }
  }

  /**
   * {@code runs} concurrent runs with regular activities on the real server at TEMPORAL_ADDRESS.
   */
  static void throughputOnRealServer(PrintStream out, int runs) {
    String address = System.getenv("TEMPORAL_ADDRESS");
    if (address == null || address.isBlank()) {
      throw new IllegalStateException(
          "throughput10k-real and throughput-real:N need a real Temporal server: bench/run"
              + " starts one");
    }
    ThroughputBench.measure(ThroughputBench.Variant.GENERATED, 20, 0, FULL.slots(), address);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    List<ThroughputBench.Result> results =
        List.of(
            ThroughputBench.measure(
                ThroughputBench.Variant.GENERATED,
                runs,
                FULL.latencyMillis(),
                FULL.slots(),
                address));
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    ThroughputBench.print(out, results, FULL.latencyMillis(), FULL.slots());
    out.println();
    out.println(
        "Worker process (this JVM: worker, client and scripted model) CPU time during the runs: "
            + Stats.f(cpuSeconds, 1)
            + " s, "
            + Stats.f(cpuSeconds * 1000 / (runs * 21.0), 2)
            + " ms per activity; activities per run: 21.");
  }

  static List<HistoryBench.Result> history(PrintStream out, Plan plan) {
    List<HistoryBench.Result> results = new ArrayList<>();
    ScriptedModel model = new ScriptedModel(0, plan.messageChars());
    for (ChatWorkflow.Mode mode : plan.historyModes()) {
      // A fresh server per mode: the in-process server keeps every history in memory.
      try (BenchEnvironment env = BenchEnvironment.small(model, false)) {
        for (int turns : plan.historyTurns()) {
          results.add(
              HistoryBench.measure(
                  env, mode, turns, plan.messageChars(), plan.continueAsNewEvery()));
        }
      }
    }
    HistoryBench.print(out, results, plan.messageChars(), plan.continueAsNewEvery());
    return results;
  }

  /**
   * Benchmark 3 on the real server at {@code TEMPORAL_ADDRESS}: {@code history-real} (10, 100 and
   * 1,000 turns of every variant; the external store only up to 100 turns, as it grows with the
   * square of the turns) or {@code history-real:<turns,...>[:<variant,...>]}.
   */
  static void historyOnRealServer(PrintStream out, String arg) {
    String address = System.getenv("TEMPORAL_ADDRESS");
    if (address == null || address.isBlank()) {
      throw new IllegalStateException(
          "history-real needs a real Temporal server: bench/run history-real starts one");
    }
    String[] parts = arg.split(":");
    List<Integer> turns = new ArrayList<>(List.of(10, 100, 1000));
    if (parts.length > 1) {
      turns.clear();
      for (String t : parts[1].split(",")) {
        turns.add(Integer.parseInt(t.trim()));
      }
    }
    List<RealServerHistoryBench.Variant> variants =
        new ArrayList<>(List.of(RealServerHistoryBench.Variant.values()));
    if (parts.length > 2) {
      variants.clear();
      for (String v : parts[2].split(",")) {
        variants.add(RealServerHistoryBench.Variant.valueOf(v.trim()));
      }
    }
    int chars = FULL.messageChars();
    ScriptedModel model = new ScriptedModel(0, chars);
    List<RealServerHistoryBench.Result> results = new ArrayList<>();
    for (RealServerHistoryBench.Variant variant : variants) {
      for (int t : turns) {
        if (variant == RealServerHistoryBench.Variant.EXTERNAL_STORAGE && t > 100) {
          continue; // every turn stores the whole conversation: ~10 GB at 1,000 turns
        }
        results.add(RealServerHistoryBench.measure(address, model, variant, t, chars));
      }
    }
    double[] perTurn =
        parts.length > 2
            ? null
            : RealServerHistoryBench.perTurnMillis(address, model, 10, 10, chars);
    RealServerHistoryBench.print(out, results, chars, perTurn);
  }

  /** The full plan with the history turns and modes of {@code history:<turns>[:<modes>]}. */
  static Plan historyPlan(String arg) {
    String[] parts = arg.split(":");
    List<Integer> turns = new ArrayList<>();
    for (String t : parts[1].split(",")) {
      turns.add(Integer.parseInt(t.trim()));
    }
    List<ChatWorkflow.Mode> modes = new ArrayList<>();
    if (parts.length > 2) {
      for (String m : parts[2].split(",")) {
        modes.add(ChatWorkflow.Mode.valueOf(m.trim()));
      }
    } else {
      modes.addAll(FULL.historyModes());
    }
    Plan f = FULL;
    return new Plan(
        f.overheadWarmUps(),
        f.overheadReps(),
        f.latencyWarmUps(),
        f.latencyReps(),
        f.latencyMillis(),
        f.throughputRuns(),
        f.throughputVariants(),
        f.slots(),
        List.copyOf(turns),
        List.copyOf(modes),
        f.messageChars(),
        f.continueAsNewEvery(),
        f.compileAgents(),
        f.compileWarmUps(),
        f.compileReps());
  }

  static CompileBench.Result compile(PrintStream out, Plan plan) throws IOException {
    CompileBench.Result r =
        CompileBench.measure(plan.compileAgents(), plan.compileWarmUps(), plan.compileReps());
    CompileBench.print(out, r);
    return r;
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
