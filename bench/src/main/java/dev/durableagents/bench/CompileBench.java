package dev.durableagents.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Benchmark 4, compile time: javac, in-process, on a generated project of {@code agents}
 * {@code @Agent} interfaces and as many {@code @FunctionTool} sets (10 agents and 10 tool sets per
 * package), with the processor and without it ({@code -proc:none}), alternating.
 */
public final class CompileBench {

  /** The processors, named explicitly so that no other processor on the class path runs. */
  static final String PROCESSORS =
      "dev.durableagents.processor.DurableAgentsProcessor,"
          + "dev.durableagents.processor.AgentsModuleProcessor";

  /**
   * The measurements.
   *
   * @param agents the agents (and tool sets) in the project
   * @param withProcessor compile times with the processor, milliseconds
   * @param withoutProcessor compile times without it, milliseconds
   * @param generatedFiles source files the processor generated (last run)
   * @param generatedWithoutProcessor compile times of the sources plus the files the processor
   *     generated, without the processor, milliseconds: what the generated code costs javac
   * @param withoutModuleProcessor compile times with {@code DurableAgentsProcessor} alone (no
   *     {@code AgentsModule}s), milliseconds: the difference to {@code withProcessor} is the
   *     aggregating pass
   * @param cpuMillis the compiling thread's CPU time of each compile, in milliseconds, for the four
   *     ways in the order: with the processor, without, sources plus generated files without,
   *     DurableAgentsProcessor only (javac runs in the calling thread: this is what the shared
   *     machine's load disturbs least)
   */
  public record Result(
      int agents,
      List<Double> withProcessor,
      List<Double> withoutProcessor,
      int generatedFiles,
      List<Double> generatedWithoutProcessor,
      List<Double> withoutModuleProcessor,
      List<List<Double>> cpuMillis) {

    /** Median with / median without. */
    public double ratio() {
      return Stats.median(withProcessor) / Stats.median(withoutProcessor);
    }

    /** The processor's own time (with, less sources plus generated files without), per agent. */
    public double processorOnlyMillisPerAgent() {
      return (Stats.median(withProcessor) - Stats.median(generatedWithoutProcessor)) / agents;
    }

    /** The processor's added time per agent, in milliseconds. */
    public double millisPerAgent() {
      return (Stats.median(withProcessor) - Stats.median(withoutProcessor)) / agents;
    }
  }

  private CompileBench() {}

  /** Writes the project, then compiles it {@code warmUps + repetitions} times each way. */
  public static Result measure(int agents, int warmUps, int repetitions) throws IOException {
    Path root = Files.createTempDirectory("durable-agents-compile-bench");
    try {
      List<Path> sources = writeProject(root.resolve("src"), agents);
      List<Double> with = new ArrayList<>();
      List<Double> without = new ArrayList<>();
      List<Double> generatedWithout = new ArrayList<>();
      List<Double> withoutModule = new ArrayList<>();
      List<List<Double>> cpu =
          List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      // The processor's output, kept once, to compile it without the processor.
      Path kept = root.resolve("kept");
      compile(sources, root.resolve("out-kept"), kept, true);
      List<Path> withGenerated = new ArrayList<>(sources);
      try (Stream<Path> files = Files.walk(kept)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(withGenerated::add);
      }
      delete(root.resolve("out-kept"));
      int generated = withGenerated.size() - sources.size();
      for (int i = 0; i < warmUps + repetitions; i++) {
        // Rotate which goes first.
        for (int k = 0; k < 4; k++) {
          int variant = (i + k) % 4;
          Path out = root.resolve("out-" + i + "-" + variant);
          Path gen = root.resolve("gen-" + i + "-" + variant);
          long cpu0 = THREAD_CPU.getCurrentThreadCpuTime();
          double ms =
              switch (variant) {
                case 2 -> compile(withGenerated, out, gen, false);
                case 3 -> compile(sources, out, gen, true, MAIN_PROCESSOR);
                default -> compile(sources, out, gen, variant == 0);
              };
          double cpuMs = (THREAD_CPU.getCurrentThreadCpuTime() - cpu0) / 1e6;
          if (i >= warmUps) {
            cpu.get(variant).add(cpuMs);
            (variant == 0
                    ? with
                    : variant == 1 ? without : variant == 2 ? generatedWithout : withoutModule)
                .add(ms);
          }
          delete(out);
          delete(gen);
        }
      }
      return new Result(agents, with, without, generated, generatedWithout, withoutModule, cpu);
    } finally {
      delete(root);
    }
  }

  /**
   * Compiles the project with both processors only, {@code warmUps + repetitions} times (for a
   * profiler); returns the median CPU milliseconds of the compiling thread over the repetitions.
   */
  public static double profile(int agents, int warmUps, int repetitions) throws IOException {
    Path root = Files.createTempDirectory("durable-agents-compile-profile");
    try {
      List<Path> sources = writeProject(root.resolve("src"), agents);
      List<Double> cpu = new ArrayList<>();
      for (int i = 0; i < warmUps + repetitions; i++) {
        Path out = root.resolve("out-" + i);
        Path gen = root.resolve("gen-" + i);
        long cpu0 = THREAD_CPU.getCurrentThreadCpuTime();
        compile(sources, out, gen, true);
        if (i >= warmUps) {
          cpu.add((THREAD_CPU.getCurrentThreadCpuTime() - cpu0) / 1e6);
        }
        delete(out);
        delete(gen);
      }
      return Stats.median(cpu);
    } finally {
      delete(root);
    }
  }

  private static final java.lang.management.ThreadMXBean THREAD_CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The isolating processor alone, without the aggregating {@code AgentsModuleProcessor}. */
  static final String MAIN_PROCESSOR = "dev.durableagents.processor.DurableAgentsProcessor";

  private static double compile(List<Path> sources, Path out, Path gen, boolean processor)
      throws IOException {
    return compile(sources, out, gen, processor, PROCESSORS);
  }

  private static double compile(
      List<Path> sources, Path out, Path gen, boolean processor, String processors)
      throws IOException {
    Files.createDirectories(out);
    Files.createDirectories(gen);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>();
    options.addAll(List.of("-classpath", classPath(), "-d", out.toString(), "-s", gen.toString()));
    options.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-implicit:none"));
    if (processor) {
      options.addAll(List.of("-processor", processors, "-processorpath", classPath()));
    } else {
      options.add("-proc:none");
    }
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      ok = javac.getTask(diagnostics, files, null, options, null, units).call();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException("javac failed:\n" + diagnostics);
    }
    return ms;
  }

  /** The class path of this JVM (under surefire, the test class path). */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isEmpty()
        ? surefire
        : System.getProperty("java.class.path");
  }

  /** Writes {@code agents} agents and tool sets, ten of each per package. */
  static List<Path> writeProject(Path src, int agents) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < agents; i++) {
      String pkg = "bench.gen.p" + (i / 10);
      Path dir = src.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      files.add(write(dir.resolve("Tools" + i + ".java"), toolSet(pkg, i)));
      files.add(write(dir.resolve("Agent" + i + ".java"), agent(pkg, i)));
    }
    return files;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return file;
  }

  private static String toolSet(String pkg, int i) {
    return """
    package %1$s;

    import dev.durableagents.annotations.FunctionTool;
    import dev.durableagents.annotations.Param;
    import java.util.List;

    /** Tool set %2$d. */
    public interface Tools%2$d {

      /** A unit. */
      enum Unit { CELSIUS, FAHRENHEIT }

      /**
       * A reading.
       *
       * @param city the city
       * @param temperature the temperature
       * @param unit the unit
       */
      record Reading(String city, double temperature, Unit unit) {}

      /**
       * A search hit.
       *
       * @param title the title
       * @param score the score
       * @param tags the tags
       */
      record Hit(String title, int score, List<String> tags) {}

      @FunctionTool(description = "Read the temperature of a city.", startToCloseTimeout = "10s")
      Reading read(@Param(description = "The city") String city, Unit unit);

      @FunctionTool(description = "Search the documents.")
      List<Hit> search(@Param(description = "The query") String query, int limit);

      @FunctionTool(description = "Remember a note.", startToCloseTimeout = "5s", localActivity = true)
      boolean remember(String note);
    }
    """
        .formatted(pkg, i);
  }

  private static String agent(String pkg, int i) {
    String output = i % 2 == 0 ? "String" : "Answer";
    String record =
        i % 2 == 0
            ? ""
            : """

              /**
               * The answer.
               *
               * @param text the text
               * @param sources the sources used
               * @param confidence how sure the agent is
               */
              record Answer(String text, java.util.List<String> sources, double confidence) {}
            """;
    return """
    package %1$s;

    import dev.durableagents.annotations.Agent;

    /** Agent %2$d. */
    @Agent(name = "Agent %2$d", instructions = "You are agent %2$d.", tools = Tools%2$d.class)
    public interface Agent%2$d {
    %4$s
      %3$s run(String question);
    }
    """
        .formatted(pkg, i, output, record);
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(CompileBench::deleteOne);
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the result as a markdown table. */
  public static void print(PrintStream out, Result r) {
    out.println();
    out.println(
        "### 4. Compile time: "
            + r.agents()
            + " @Agent interfaces and "
            + r.agents()
            + " tool sets (3 tools each), in-process javac, alternating");
    out.println();
    out.println(
        "| javac | repetitions | ms (median) | ms (min) | files generated | ratio | processor ms"
            + " per agent |");
    out.println("|---|---|---|---|---|---|---|");
    out.println(
        "| -proc:none | "
            + r.withoutProcessor().size()
            + " | "
            + Stats.f(Stats.median(r.withoutProcessor()), 0)
            + " | "
            + Stats.f(Stats.min(r.withoutProcessor()), 0)
            + " | 0 | 1.00 | |");
    out.println(
        "| -proc:none, sources plus the generated files | "
            + r.generatedWithoutProcessor().size()
            + " | "
            + Stats.f(Stats.median(r.generatedWithoutProcessor()), 0)
            + " | "
            + Stats.f(Stats.min(r.generatedWithoutProcessor()), 0)
            + " | ("
            + r.generatedFiles()
            + " compiled) | "
            + Stats.f(
                Stats.median(r.generatedWithoutProcessor()) / Stats.median(r.withoutProcessor()), 2)
            + " | |");
    out.println(
        "| with the processor | "
            + r.withProcessor().size()
            + " | "
            + Stats.f(Stats.median(r.withProcessor()), 0)
            + " | "
            + Stats.f(Stats.min(r.withProcessor()), 0)
            + " | "
            + r.generatedFiles()
            + " | "
            + Stats.f(r.ratio(), 2)
            + " | "
            + Stats.f(r.millisPerAgent(), 2)
            + " |");
    out.println(
        "| with DurableAgentsProcessor only (no AgentsModule) | "
            + r.withoutModuleProcessor().size()
            + " | "
            + Stats.f(Stats.median(r.withoutModuleProcessor()), 0)
            + " | "
            + Stats.f(Stats.min(r.withoutModuleProcessor()), 0)
            + " | "
            + (r.generatedFiles() - r.agents() / 10)
            + " | "
            + Stats.f(
                Stats.median(r.withoutModuleProcessor()) / Stats.median(r.withoutProcessor()), 2)
            + " | |");
    out.println();
    out.println(
        "Aggregating pass (with both processors, less with DurableAgentsProcessor only): "
            + Stats.f(Stats.median(r.withProcessor()) - Stats.median(r.withoutModuleProcessor()), 0)
            + " ms.");
    out.println();
    out.println("The same compiles measured by the compiling thread's CPU time (medians, ms):");
    out.println();
    out.println("| javac | CPU ms (median) | CPU ms (min) | ratio to -proc:none |");
    out.println("|---|---|---|---|");
    String[] ways = {
      "with the processor",
      "-proc:none",
      "-proc:none, sources plus the generated files",
      "with DurableAgentsProcessor only (no AgentsModule)"
    };
    for (int w : new int[] {1, 2, 0, 3}) {
      out.println(
          "| "
              + ways[w]
              + " | "
              + Stats.f(Stats.median(r.cpuMillis().get(w)), 0)
              + " | "
              + Stats.f(Stats.min(r.cpuMillis().get(w)), 0)
              + " | "
              + Stats.f(Stats.median(r.cpuMillis().get(w)) / Stats.median(r.cpuMillis().get(1)), 2)
              + " |");
    }
    out.println();
    out.println(
        "Aggregating pass by CPU time: "
            + Stats.f(Stats.median(r.cpuMillis().get(0)) - Stats.median(r.cpuMillis().get(3)), 0)
            + " ms.");
    out.println(
        "Processor alone (with the processor, less sources plus generated files without it): "
            + Stats.f(r.processorOnlyMillisPerAgent(), 2)
            + " ms per agent.");
  }
}
