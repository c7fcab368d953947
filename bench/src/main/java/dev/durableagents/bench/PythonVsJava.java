package dev.durableagents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run python-vs-java}: this library against Temporal's Python OpenAI Agents
 * integration on the same work, the same Temporal server and the same model.
 *
 * <p>The model is one {@link OpenAIStubServer} in this process (Responses API on loopback), shared
 * by both sides: a pure function of the request. A request with tools gets the benchmark's script
 * (one {@code lookup} call while the input holds fewer than 10 function call outputs, then the
 * answer "Done after 10 lookups."); a request without tools is a chat turn, answered with a message
 * of {@code replyChars} characters numbered by the user messages it holds. Its latency is set per
 * measurement.
 *
 * <p>Each measurement runs in a fresh worker process of its side, which also runs the client: a JVM
 * running {@link #main} (the generated {@code BenchAgentWorkflow} with its {@code BenchTools}
 * activities, or {@code ChatWorkflow}) or Python running {@code bench/python/scenario.py} (the same
 * agent with {@code OpenAIAgentsPlugin}, {@code activity_as_tool} and {@code Runner.run}). Each
 * prints one JSON line; the sides alternate.
 */
public final class PythonVsJava {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUESTION = "What are the facts?";
  private static final String ANSWER = "Done after 10 lookups.";

  /** Runs before a concurrent measurement, on both sides, not measured. */
  static final int WARM_UP = 10;

  /** What a run of the comparison does. */
  record Plan(
      int rounds,
      int singleWarmUps,
      int singleReps,
      List<Integer> concurrentRuns,
      long latencyMillis,
      int slots,
      List<Integer> chatTurns,
      int messageChars) {}

  static final Plan FULL =
      new Plan(3, 3, 10, List.of(100, 1000), 200, 1000, List.of(10, 50), 10_240);
  static final Plan SMOKE = new Plan(1, 0, 1, List.of(2), 0, 20, List.of(2), 200);

  private PythonVsJava() {}

  /**
   * The plan a {@code bench/run} argument names: {@code python-vs-java} (everything, N = 100 and
   * 1,000), {@code python-vs-java-smoke}, or {@code python-vs-java:PARTS} with a comma-separated
   * choice of {@code single} (sections 1 and 2), {@code concurrent=N} (section 3 with N runs;
   * repeat for more) and {@code chat} (section 4).
   */
  static Plan plan(String arg) {
    if (arg.equals("python-vs-java-smoke")) {
      return SMOKE;
    }
    int colon = arg.indexOf(':');
    if (colon < 0) {
      return FULL;
    }
    boolean single = false;
    boolean chat = false;
    List<Integer> concurrent = new ArrayList<>();
    for (String part : arg.substring(colon + 1).split(",")) {
      if (part.equals("single")) {
        single = true;
      } else if (part.equals("chat")) {
        chat = true;
      } else if (part.startsWith("concurrent=")) {
        concurrent.add(Integer.parseInt(part.substring("concurrent=".length())));
      } else {
        throw new IllegalArgumentException("unknown part of " + arg + ": " + part);
      }
    }
    return new Plan(
        single ? FULL.rounds() : 0,
        FULL.singleWarmUps(),
        FULL.singleReps(),
        concurrent,
        FULL.latencyMillis(),
        FULL.slots(),
        chat ? FULL.chatTurns() : List.of(),
        FULL.messageChars());
  }

  // ---------------------------------------------------------------- the Java worker process

  /**
   * The Java side of one measurement; prints one JSON line.
   *
   * <pre>
   * ADDRESS BASE_URL single WARMUPS REPS
   * ADDRESS BASE_URL concurrent N SLOTS
   * ADDRESS BASE_URL chat TURNS CHARS
   * </pre>
   */
  public static void main(String[] args) throws Exception {
    String address = args[0];
    String baseUrl = args[1];
    String mode = args[2];
    int a = Integer.parseInt(args[3]);
    int b = Integer.parseInt(args[4]);
    System.out.println(JSON.writeValueAsString(measure(address, baseUrl, mode, a, b)));
    System.out.flush();
    System.exit(0);
  }

  static ObjectNode measure(String address, String baseUrl, String mode, int a, int b) {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(
                OpenAIProvider.newBuilder().setApiKey("sk-bench").setBaseUrl(baseUrl).build())
            .build();
    int slots = mode.equals("concurrent") ? b : 200;
    ObjectNode result = JSON.createObjectNode();
    String prefix = "java-" + mode + "-" + ProcessHandle.current().pid() + "-";
    try (BenchEnvironment env =
        BenchEnvironment.onServer(address, plugin, slots, Math.max(slots, 1000))) {
      WorkflowClient client = env.client();
      switch (mode) {
        case "single" -> {
          List<Double> times = new ArrayList<>();
          String last = null;
          for (int i = 0; i < a + b; i++) {
            String id = prefix + i;
            long start = System.nanoTime();
            String answer =
                client
                    .newWorkflowStub(BenchAgentWorkflow.class, BenchEnvironment.options(id))
                    .run(QUESTION);
            double ms = (System.nanoTime() - start) / 1e6;
            check(answer);
            if (i >= a) {
              times.add(ms);
            }
            last = id;
          }
          times.forEach(result.putArray("ms")::add);
          result.put("workflowId", last);
        }
        case "concurrent" -> {
          // Warm-up: WARM_UP runs at once, not measured (the JIT, the clients' connections).
          List<CompletableFuture<String>> warm = new ArrayList<>();
          for (int i = 0; i < WARM_UP; i++) {
            BenchAgentWorkflow stub =
                client.newWorkflowStub(
                    BenchAgentWorkflow.class, BenchEnvironment.options(prefix + "warm-" + i));
            WorkflowClient.start(stub::run, QUESTION);
            warm.add(WorkflowStub.fromTyped(stub).getResultAsync(String.class));
          }
          for (CompletableFuture<String> w : warm) {
            check(w.join());
          }
          long cpu0 = cpuNanos();
          long start = System.nanoTime();
          List<CompletableFuture<String>> results = new ArrayList<>();
          for (int i = 0; i < a; i++) {
            BenchAgentWorkflow stub =
                client.newWorkflowStub(
                    BenchAgentWorkflow.class, BenchEnvironment.options(prefix + i));
            WorkflowClient.start(stub::run, QUESTION);
            results.add(WorkflowStub.fromTyped(stub).getResultAsync(String.class));
          }
          int failed = 0;
          for (CompletableFuture<String> r : results) {
            try {
              if (!ANSWER.equals(r.get(30, TimeUnit.MINUTES))) {
                failed++;
              }
            } catch (Exception e) {
              failed++;
            }
          }
          result.put("n", a);
          result.put("completed", a - failed);
          result.put("failed", failed);
          result.put("seconds", (System.nanoTime() - start) / 1e9);
          result.put("cpuSeconds", (cpuNanos() - cpu0) / 1e9);
          result.put("peakRssMb", peakRssMb());
        }
        case "chat" -> {
          String id = prefix + a;
          client
              .newWorkflowStub(ChatWorkflow.class, BenchEnvironment.options(id))
              .run(
                  new ChatWorkflow.Input(
                      a, b, ChatWorkflow.Mode.REFERENCES, 0, 0, List.of(), null));
          result.put("workflowId", id);
        }
        default -> throw new IllegalArgumentException("unknown mode " + mode);
      }
    }
    return result;
  }

  private static void check(String answer) {
    if (!ANSWER.equals(answer)) {
      throw new IllegalStateException("answered '" + answer + "'");
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The process's peak resident set size (VmHWM), in MB. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return Double.NaN;
  }

  // ---------------------------------------------------------------- the stub

  /** The shared model: the benchmark's script and the chat answers, after {@code latency}. */
  static OpenAIStubServer stub(AtomicLong latency, int replyChars) {
    OpenAIStubServer stub = new OpenAIStubServer().start().recordRequests(false);
    AtomicLong ids = new AtomicLong();
    stub.respondWith(
        OpenAIStubServer.RESPONSES_PATH,
        request -> {
          JsonNode body = request.body();
          String id = "resp_" + ids.incrementAndGet();
          ObjectNode response;
          if (body.path("tools").size() > 0) {
            int outputs = 0;
            for (JsonNode item : body.path("input")) {
              if ("function_call_output".equals(item.path("type").asText())) {
                outputs++;
              }
            }
            if (outputs < 10) {
              int n = outputs + 1;
              response =
                  OpenAIStubServer.functionCallResponse(
                      id, "call_" + n, "lookup", "{\"key\":\"k" + n + "\"}");
            } else {
              response = OpenAIStubServer.textResponse(id, "Done after " + outputs + " lookups.");
            }
          } else {
            int turn = 0;
            for (JsonNode item : body.path("input")) {
              if ("user".equals(item.path("role").asText())) {
                turn++;
              }
            }
            response =
                OpenAIStubServer.textResponse(
                    id, Texts.filler("Answer " + turn + ": ", replyChars));
          }
          Reply reply = Reply.json(response);
          long ms = latency.get();
          return ms > 0 ? reply.withDelay(Duration.ofMillis(ms)) : reply;
        });
    return stub;
  }

  // ---------------------------------------------------------------- the comparison

  /**
   * The python of the virtual environment {@code bench/run python-vs-java} makes ({@code
   * BENCH_PYTHON}, else {@code bench/target/python/bin/python} from the repository or the bench
   * module), or {@code null}.
   */
  static Path python() {
    String env = System.getenv("BENCH_PYTHON");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    for (Path p :
        List.of(Path.of("bench/target/python/bin/python"), Path.of("target/python/bin/python"))) {
      if (Files.isExecutable(p)) {
        return p.toAbsolutePath();
      }
    }
    return null;
  }

  /** The folder of {@code scenario.py}, from the repository or the bench module. */
  static Path pythonSources() {
    Path fromRoot = Path.of("bench", "python");
    return (Files.isDirectory(fromRoot) ? fromRoot : Path.of("python")).toAbsolutePath();
  }

  /** One side's worker process, ready to run. */
  private record Side(String name, List<String> command) {}

  /**
   * Runs the comparison against the Temporal server at {@code address} and prints its tables.
   *
   * @param python the virtual environment's python, or {@code null} to skip the Python side
   */
  static void run(PrintStream out, String address, Path python, Plan plan) throws Exception {
    AtomicLong latency = new AtomicLong();
    List<String> javaCommand = new ArrayList<>();
    javaCommand.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The Java worker's JVM options, separated by commas or spaces (for a small worker:
    // bench/run with -Dbench.jvmArgs=-Dbench.workerJvm=-Xmx256m,-XX:+UseSerialGC).
    String workerJvm = System.getProperty("bench.workerJvm", "-Xmx2g -XX:+UseG1GC").trim();
    if (!workerJvm.isEmpty()) {
      javaCommand.addAll(List.of(workerJvm.split("[\\s,]+")));
    }
    javaCommand.addAll(
        List.of(
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            CompileBench.classPath(),
            PythonVsJava.class.getName()));
    Side java = new Side("Java", List.copyOf(javaCommand));
    out.println("Java worker JVM options: " + workerJvm);
    Side py = null;
    Path scenario = pythonSources().resolve("scenario.py");
    if (python == null || !Files.isExecutable(python) || !Files.exists(scenario)) {
      out.println();
      out.println(
          "Python side skipped: no virtual environment with the Python integration"
              + (python == null ? "" : " at " + python)
              + " (bench/run python-vs-java creates it from bench/python/requirements.txt).");
    } else {
      py = new Side("Python", List.of(python.toString(), scenario.toString()));
    }
    List<Side> sides = py == null ? List.of(java) : List.of(java, py);
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient reader = WorkflowClient.newInstance(service);
    try (OpenAIStubServer stub = stub(latency, plan.messageChars())) {
      String base = stub.baseUrl();

      // 1. One run at a time, 0 ms.
      latency.set(0);
      if (plan.rounds() > 0) {
        List<List<Double>> times = new ArrayList<>();
        List<String> lastIds = new ArrayList<>();
        for (Side s : sides) {
          times.add(new ArrayList<>());
          lastIds.add(null);
        }
        for (int r = 0; r < plan.rounds(); r++) {
          for (int k = 0; k < sides.size(); k++) {
            int i = (r + k) % sides.size();
            JsonNode res =
                exec(
                    sides.get(i), address, base, "single", plan.singleWarmUps(), plan.singleReps());
            res.path("ms").forEach(m -> times.get(i).add(m.asDouble()));
            lastIds.set(i, res.path("workflowId").asText());
          }
        }
        out.println();
        out.println(
            "### Python vs Java 1. One run of 10 tool turns at 0 ms model latency (real server)");
        out.println();
        out.println(
            "Each side: "
                + plan.rounds()
                + " worker processes, alternating, each "
                + plan.singleWarmUps()
                + " warm-up runs then "
                + plan.singleReps()
                + " measured runs, one at a time; client and worker in the process.");
        out.println();
        out.println("| side | runs | ms/run (median) | ms/run (min) | Java / Python |");
        out.println("|---|---|---|---|---|");
        for (int i = 0; i < sides.size(); i++) {
          out.println(
              "| "
                  + sides.get(i).name()
                  + " | "
                  + times.get(i).size()
                  + " | "
                  + Stats.f(Stats.median(times.get(i)), 1)
                  + " | "
                  + Stats.f(Stats.min(times.get(i)), 1)
                  + " | "
                  + (i == 0 && sides.size() > 1
                      ? Stats.f(Stats.median(times.get(0)) / Stats.median(times.get(1)), 3)
                      : "")
                  + " |");
        }

        // The two histories of that run, side by side.
        out.println();
        out.println("### Python vs Java 2. The history of one such run");
        out.println();
        out.println("| side | events | bytes | largest payload | activity types in order |");
        out.println("|---|---|---|---|---|");
        for (int i = 0; i < sides.size(); i++) {
          HistoryStats h = HistoryStats.of(reader, lastIds.get(i), null);
          out.println(
              "| "
                  + sides.get(i).name()
                  + " | "
                  + h.events()
                  + " | "
                  + h.bytes()
                  + " | "
                  + h.largestPayload()
                  + " | "
                  + compress(h.activityTypes())
                  + " |");
        }
      }

      // 3. N concurrent runs.
      latency.set(plan.latencyMillis());
      if (!plan.concurrentRuns().isEmpty()) {
        out.println();
        out.println(
            "### Python vs Java 3. N concurrent 10-turn runs, "
                + plan.latencyMillis()
                + " ms model latency, one worker process each ("
                + plan.slots()
                + " activity slots), after "
                + WARM_UP
                + " unmeasured warm-up runs in the same process");
        out.println();
        out.println(
            "| N | side | completed | failed | seconds | activities/s | worker CPU s | peak RSS MB"
                + " | Java / Python (seconds, CPU, RSS) |");
        out.println("|---|---|---|---|---|---|---|---|---|");
      }
      for (int n : plan.concurrentRuns()) {
        List<JsonNode> rows = new ArrayList<>();
        for (Side s : sides) {
          rows.add(exec(s, address, base, "concurrent", n, plan.slots()));
        }
        for (int i = 0; i < sides.size(); i++) {
          JsonNode row = rows.get(i);
          String ratio = "";
          if (i == 0 && sides.size() > 1) {
            JsonNode p = rows.get(1);
            ratio =
                Stats.f(row.path("seconds").asDouble() / p.path("seconds").asDouble(), 2)
                    + ", "
                    + Stats.f(
                        row.path("cpuSeconds").asDouble() / p.path("cpuSeconds").asDouble(), 2)
                    + ", "
                    + Stats.f(row.path("peakRssMb").asDouble() / p.path("peakRssMb").asDouble(), 2);
          }
          out.println(
              "| "
                  + n
                  + " | "
                  + sides.get(i).name()
                  + " | "
                  + row.path("completed").asInt()
                  + " | "
                  + row.path("failed").asInt()
                  + " | "
                  + Stats.f(row.path("seconds").asDouble(), 1)
                  + " | "
                  + Stats.f(21 * row.path("completed").asInt() / row.path("seconds").asDouble(), 0)
                  + " | "
                  + Stats.f(row.path("cpuSeconds").asDouble(), 1)
                  + " | "
                  + Stats.f(row.path("peakRssMb").asDouble(), 0)
                  + " | "
                  + ratio
                  + " |");
        }
      }

      // 4. Conversation history.
      latency.set(0);
      if (!plan.chatTurns().isEmpty()) {
        out.println();
        out.println(
            "### Python vs Java 4. History bytes of a conversation: turns of "
                + plan.messageChars()
                + "-character messages, default settings");
        out.println();
        out.println("| turns | side | events | history bytes | largest payload | Java / Python |");
        out.println("|---|---|---|---|---|---|");
      }
      for (int turns : plan.chatTurns()) {
        List<HistoryStats> stats = new ArrayList<>();
        for (Side s : sides) {
          JsonNode res = exec(s, address, base, "chat", turns, plan.messageChars());
          stats.add(HistoryStats.of(reader, res.path("workflowId").asText(), null));
        }
        for (int i = 0; i < sides.size(); i++) {
          out.println(
              "| "
                  + turns
                  + " | "
                  + sides.get(i).name()
                  + " | "
                  + stats.get(i).events()
                  + " | "
                  + stats.get(i).bytes()
                  + " | "
                  + stats.get(i).largestPayload()
                  + " | "
                  + (i == 0 && sides.size() > 1
                      ? Stats.f((double) stats.get(0).bytes() / stats.get(1).bytes(), 3)
                      : "")
                  + " |");
        }
      }
    } finally {
      service.shutdown();
    }
  }

  /** "A, B, A, B, ..." as "(A, B) x 10, C". */
  static String compress(List<String> types) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < types.size()) {
      if (i + 1 < types.size() && !types.get(i).equals(types.get(i + 1))) {
        int repeats = 1;
        while (i + 2 * repeats + 1 < types.size()
            && types.get(i + 2 * repeats).equals(types.get(i))
            && types.get(i + 2 * repeats + 1).equals(types.get(i + 1))) {
          repeats++;
        }
        if (repeats > 1) {
          parts.add("(" + types.get(i) + ", " + types.get(i + 1) + ") x " + repeats);
          i += 2 * repeats;
          continue;
        }
      }
      parts.add(types.get(i));
      i++;
    }
    return String.join(", ", parts);
  }

  /** Runs one measurement in a fresh process of {@code side}; returns its JSON line. */
  private static JsonNode exec(Side side, String address, String base, String mode, int a, int b)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(side.command());
    command.addAll(List.of(address, base, mode, String.valueOf(a), String.valueOf(b)));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("OPENAI_API_KEY", "sk-bench");
    pb.environment().put("OPENAI_AGENTS_DISABLE_TRACING", "1");
    pb.environment().put("PYTHONPATH", pythonSources().toString());
    Process p = pb.start();
    String json = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("{")) {
          json = line;
        } else if (!line.isBlank()) {
          System.err.println(side.name() + ": " + line); // e.g. -XX:+PrintNMTStatistics
        }
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || json == null) {
      throw new IllegalStateException(
          side.name() + " " + mode + " " + a + " " + b + " failed (exit " + exit + ")");
    }
    return JSON.readTree(json);
  }
}
