package dev.durableagents.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.testserver.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark with tiny sizes, and checks what they measured is what they claim to
 * measure. No timing is asserted: only that runs completed, histories hold the expected activities,
 * and ratios are numbers.
 */
class BenchSmokeTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void overheadRunsEveryVariantWithTwentyOneActivities() {
    List<OverheadBench.Result> results = Bench.overhead(out, Bench.SMOKE);

    assertEquals(2, results.size());
    List<String> expectedTypes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expectedTypes.add("InvokeModel");
      expectedTypes.add("BenchTools.lookup");
    }
    expectedTypes.add("InvokeModel");
    for (OverheadBench.Result r : results) {
      int reps = r == results.get(0) ? Bench.SMOKE.overheadReps() : Bench.SMOKE.latencyReps();
      for (OverheadBench.Variant v : OverheadBench.Variant.values()) {
        assertEquals(reps, r.millisPerRun().get(v).size(), v.label);
        assertPositiveFinite(r.median(v));
      }
      for (OverheadBench.Variant v :
          List.of(
              OverheadBench.Variant.GENERATED,
              OverheadBench.Variant.HAND_WRITTEN,
              OverheadBench.Variant.GENERATED_LOCAL,
              OverheadBench.Variant.HAND_WRITTEN_LOCAL)) {
        assertEquals(21, r.activities().get(v), v.label);
      }
      // Same activity types, in the same order, generated and by hand.
      assertEquals(expectedTypes, r.activityTypes().get(OverheadBench.Variant.GENERATED));
      assertEquals(expectedTypes, r.activityTypes().get(OverheadBench.Variant.HAND_WRITTEN));
      // Local variants record markers, not activity tasks.
      assertEquals(List.of(), r.activityTypes().get(OverheadBench.Variant.GENERATED_LOCAL));
      assertPositiveFinite(
          r.ratio(OverheadBench.Variant.GENERATED, OverheadBench.Variant.HAND_WRITTEN));
      assertPositiveFinite(r.ratio(OverheadBench.Variant.GENERATED, OverheadBench.Variant.DIRECT));
    }
    // With a model latency, no run can be faster than its 11 model calls.
    OverheadBench.Result slow = results.get(1);
    for (OverheadBench.Variant v : OverheadBench.Variant.values()) {
      assertTrue(slow.median(v) >= 11 * Bench.SMOKE.latencyMillis(), v.label);
    }
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("| 0 ms | generated | 21 | "));
  }

  @Test
  void throughputCompletesEveryRun() {
    List<ThroughputBench.Result> results = Bench.throughput(out, Bench.SMOKE);

    assertEquals(Bench.SMOKE.throughputVariants().size(), results.size());
    for (ThroughputBench.Result r : results) {
      assertEquals(r.runs(), r.completed(), r.variant().label);
      assertEquals(0, r.failed(), r.variant().label);
      assertPositiveFinite(r.runsPerSecond());
      assertTrue(r.peakHeapBytes() >= r.baselineHeapBytes());
    }
  }

  @Test
  void historyGrowsWithTheConversationUnlessOnlyNewItemsAreSent() {
    List<HistoryBench.Result> results = Bench.history(out, Bench.SMOKE);

    List<Integer> turns = Bench.SMOKE.historyTurns();
    assertEquals(ChatWorkflow.Mode.values().length * turns.size(), results.size());
    for (HistoryBench.Result r : results) {
      assertEquals(r.turns(), r.modelActivities(), r.mode() + " " + r.turns());
    }
    List<HistoryBench.Result> full = of(results, ChatWorkflow.Mode.FULL_HISTORY);
    List<HistoryBench.Result> previous = of(results, ChatWorkflow.Mode.PREVIOUS_RESPONSE_ID);
    List<HistoryBench.Result> continued = of(results, ChatWorkflow.Mode.CONTINUE_AS_NEW);
    List<HistoryBench.Result> references = of(results, ChatWorkflow.Mode.REFERENCES);
    for (int i = 1; i < turns.size(); i++) {
      // The default sends only the new message and a reference: no payload grows, nor a miss.
      // (only the reference's call counter and item count gain digits)
      assertTrue(
          references.get(i).largestPayload() <= references.get(0).largestPayload() + 8,
          references.get(0).largestPayload() + " -> " + references.get(i).largestPayload());
      assertTrue(references.get(i).totalBytes() < full.get(i).totalBytes());
      assertTrue(
          references.get(i).totalBytes()
              < 3 * HistoryBench.conversationBytes(references.get(i), Bench.SMOKE.messageChars())
                  + 20_000,
          "history of " + references.get(i).turns() + " turns: " + references.get(i).totalBytes());
      // The whole conversation is resent: the largest payload grows with the turns.
      assertTrue(full.get(i).largestPayload() > full.get(i - 1).largestPayload());
      // Only the new message is sent: the largest payload stays the same.
      assertEquals(previous.get(0).largestPayload(), previous.get(i).largestPayload());
      assertTrue(previous.get(i).totalBytes() < full.get(i).totalBytes());
    }
    int every = Bench.SMOKE.continueAsNewEvery();
    for (HistoryBench.Result r : continued) {
      assertEquals((r.turns() + every - 1) / every, r.runs());
    }
    // Continue-as-new bounds one run's events.
    assertEquals(
        continued.get(0).largestRunEvents(), continued.get(turns.size() - 1).largestRunEvents());
    assertTrue(
        HistoryBench.turnAtLimit(
                List.of(new double[] {10, 100}, new double[] {20, 200}, new double[] {30, 300}),
                1000)
            > 99.9);
  }

  @Test
  void compileRunsWithAndWithoutTheProcessor() throws Exception {
    CompileBench.Result r = Bench.compile(out, Bench.SMOKE);

    // Per agent: definition, workflow, workflow impl; per tool set: activities, impl, definition;
    // per package: the module.
    assertTrue(r.generatedFiles() >= 6 * Bench.SMOKE.compileAgents(), "" + r.generatedFiles());
    assertPositiveFinite(r.ratio());
    assertEquals(Bench.SMOKE.compileReps(), r.withProcessor().size());
    assertEquals(Bench.SMOKE.compileReps(), r.generatedWithoutProcessor().size());
  }

  private static List<HistoryBench.Result> of(
      List<HistoryBench.Result> results, ChatWorkflow.Mode mode) {
    return results.stream().filter(r -> r.mode() == mode).toList();
  }

  /**
   * The real server at {@code TEMPORAL_ADDRESS} when one is given, else Temporal's test server
   * bound to a free loopback port (so that clients in other processes reach it too).
   */
  private record Server(String address, TestServer.PortBoundTestServer testServer)
      implements AutoCloseable {
    @Override
    public void close() {
      if (testServer != null) {
        testServer.close();
      }
    }
  }

  private static Server server() throws Exception {
    String address = System.getenv("TEMPORAL_ADDRESS");
    if (address != null && !address.isBlank()) {
      return new Server(address, null);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new Server("127.0.0.1:" + port, TestServer.createPortBoundServer(port));
  }

  private static void assertPositiveFinite(double value) {
    assertTrue(value > 0 && Double.isFinite(value), "not a positive finite number: " + value);
  }

  @Test
  void pythonVsJavaRunsBothSidesOnOneServer() throws Exception {
    // The real server when one is given; else Temporal's test server, bound to a port so that the
    // worker processes of both sides reach it.
    try (Server bound = server()) {
      String address = bound.address();
      TestServer.PortBoundTestServer server = bound.testServer();
      // The Python side needs the real server (Temporal's Java test server is not what the Python
      // SDK is tested against) and the virtual environment bench/run python-vs-java makes.
      java.nio.file.Path python = server == null ? PythonVsJava.python() : null;
      PythonVsJava.run(out, address, python, PythonVsJava.SMOKE);
      String text = printed.toString(StandardCharsets.UTF_8);
      assertTrue(text.contains("| Java | 1 |"), text);
      if (python == null) {
        assertTrue(text.contains("Python side skipped"), text);
        System.out.println(
            "BenchSmokeTest: the Python side of python-vs-java was skipped: "
                + (server != null
                    ? "no real Temporal server (TEMPORAL_ADDRESS)"
                    : "no virtual environment (bench/run python-vs-java makes"
                        + " bench/target/python)"));
      } else {
        assertTrue(text.contains("| Python | 1 |"), text);
      }
    }
  }

  @Test
  void throughputOnAServerRunsOverTheNetwork() throws Exception {
    // What throughput10k-real and throughput-real:N run, with 3 runs: the real server when one is
    // given, else Temporal's test server bound to a port (the same client path: gRPC on loopback).
    try (Server server = server()) {
      ThroughputBench.Result r =
          ThroughputBench.measure(ThroughputBench.Variant.GENERATED, 3, 0, 20, server.address());
      assertEquals(3, r.completed());
      assertEquals(0, r.failed());
      assertPositiveFinite(r.seconds());
    }
  }

  @Test
  void tracingRunsTracedAndUntracedWorkers() {
    TracingBench.Result r = TracingBench.measure(1, 2);
    assertEquals(2, r.off().size());
    assertEquals(2, r.on().size());
    // Per run: the client's start, the run, 11 turns, 11 model calls and 10 tool calls in the
    // workflow, 21 activities and 11 model attempts on the worker.
    assertEquals(66.0, r.spansPerRun());
    TracingBench.print(out, r);
  }
}
