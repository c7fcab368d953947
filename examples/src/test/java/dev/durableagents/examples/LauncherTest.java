package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.examples.mcp.McpSample;
import dev.durableagents.examples.support.DevServer;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.examples.support.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's run command, offline: every sample runs end to end on the embedded server. */
class LauncherTest {

  static Iterable<String> sampleNames() {
    return Samples.all().stream().map(Sample::name).toList();
  }

  /** Runs the launcher with nothing on stdin: interactive samples play their demo. */
  private static String launch(String... args) {
    return launch(Map.of(), "", args);
  }

  /** Runs the launcher with this environment and these lines on stdin; returns what it printed. */
  private static String launch(Map<String, String> env, String stdin, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Terminal terminal =
          Terminal.of(
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), System.out, false);
      assertEquals(0, Launcher.run(args, env, terminal));
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void runsOfflineAndSaysSoOnTheFirstLine(String sample) {
    assumeTrue(
        !(Samples.find(sample) instanceof McpSample mcp && mcp.needsNpm())
            || McpSample.npxAvailable(),
        "npx is not available: " + sample + " needs the npm MCP servers");
    // No OPENAI_API_KEY and no TEMPORAL_ADDRESS: offline model, embedded server.
    String output = launch(sample);

    String firstLine = output.lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("Model: offline scripted model"), firstLine);
    assertTrue(output.contains("Temporal: embedded Temporal test server"), output);
    assertTrue(output.contains("Result:"), output);
    assertTrue(output.contains("activity InvokeModel"), output);
    assertTrue(output.contains("Model calls: "), output);
  }

  @Test
  void tracingSamplePrintsOneTreeFromTheCallerToEveryActivity() {
    String output = launch("tracing/SpanTree");

    List<String> tree =
        output
            .lines()
            .filter(l -> l.startsWith("  "))
            .map(l -> l.replaceAll(" +\\d+ ms.*", ""))
            .toList();
    int ask = indexOf(tree, "  ask tracing-SpanTree-");
    assertTrue(ask >= 0, output);
    assertTrue(tree.contains("    StartWorkflow:TracingAgents_TriageWorkflow"), output);
    assertTrue(tree.contains("      invoke_agent Triage"), output);
    assertTrue(tree.contains("        guardrail NotEmpty"), output);
    assertTrue(tree.contains("          handoff Triage -> Forecaster"), output);
    assertTrue(tree.contains("          execute_tool forecast"), output);
    assertTrue(
        tree.contains("            RunActivity:TracingAgents_ForecastTools.forecast"), output);
    assertEquals(
        3, tree.stream().filter(l -> l.equals("            RunActivity:InvokeModel")).count());
    assertEquals(3, tree.stream().filter(l -> l.startsWith("        turn ")).count());
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void streamingSamplesPrintTheTextAndTheItemsAsTheRunGoes() {
    String text = launch("streaming/StreamText");
    assertTrue(text.contains("Streaming streaming-StreamText-"), text);
    assertTrue(
        text.contains("5. Why don't skeletons fight each other? They don't have the guts.\n[done]"),
        text);
    assertTrue(text.contains("activity InvokeModelStreaming"), text);
    assertTrue(text.contains("Model calls: 1 (Joker 1)"), text);

    String items = launch("streaming/StreamItems");
    List<String> lines = items.lines().toList();
    int called = lines.indexOf("-- Tool was called: how_many_jokes");
    int complete = lines.indexOf("=== Run complete ===");
    assertTrue(lines.indexOf("Agent updated: Joker") < called && called < complete, items);
    assertTrue(items.contains("-- Text: Here are "), items);
    assertTrue(items.contains("Model calls: 2 (Joker 2)"), items);
  }

  @Test
  void listsEverySample() {
    String output = launch("--list");
    for (String name : sampleNames()) {
      assertTrue(output.contains(name), output);
    }
  }

  @Test
  void reportNamesTheAgentOfEachModelCallAndMarksParallelRuns() {
    String output = launch("agent_patterns/Parallelization");

    assertTrue(
        output
                .lines()
                .filter(l -> l.contains("spanish_agent") && l.contains("(in parallel: 1-3)"))
                .count()
            == 3,
        output);
    assertTrue(
        output.contains(
            "Model calls: 4 (spanish_agent 3, translation_picker 1); tokens: 40 in, 20 out"),
        output);
  }

  @Test
  void reportShowsTheHostedToolsAModelCallRan() {
    String output = launch("tools/WebSearch");

    assertTrue(
        output
            .lines()
            .anyMatch(
                l ->
                    l.contains("activity InvokeModel")
                        && l.contains("Web searcher")
                        && l.endsWith("hosted: web_search_call")),
        output);
    assertTrue(output.contains("Searched the web for [local sports news New York]"), output);
  }

  @Test
  void chatAnswersTheLinesTypedUntilQuit() {
    String output =
        launch(
            Map.of(),
            "Can I bring a bag on the plane?\nquit\nIs there wifi?\n",
            "customer_service/CustomerService");

    assertFalse(output.contains("playing a demo"), output);
    assertTrue(
        output.contains("FAQ Agent: You are allowed to bring one bag on the plane."), output);
    assertFalse(output.contains("wifi"), "nothing is sent after quit: " + output);
    assertTrue(output.contains("5 lines of chat history"), output);
  }

  @Test
  void thePersonAtTheTerminalDecidesEachRefundTheAgentAsksFor() {
    String output = launch(Map.of(), "y\nn\n", "human_in_the_loop/HumanInTheLoop");

    assertFalse(output.contains("no input"), output);
    assertTrue(
        output.contains(
            "Approval needed (call_refund_1): Refund Agent wants to call refund with"
                + " {\"orderId\":\"A-1001\",\"amount\":40.0}"),
        output);
    assertTrue(output.contains("Approved."), output);
    assertTrue(output.contains("Rejected."), output);
    assertTrue(
        output.contains(
            "Refunded $40.00 for order A-1001 (refund R-A-1001). I could not refund order A-1002:"
                + " the reviewer rejected it."),
        output);
  }

  @Test
  void aConversationOnTheDevServerResumesInALaterLaunch() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (DevServer server = DevServer.start(port)) {
      Map<String, String> env = Map.of("TEMPORAL_ADDRESS", server.address());
      String[] args = {"customer_service/CustomerService", "--conversation-id", "resumed-chat"};

      String first = launch(env, "I would like to change my seat.\nquit\n", args);
      assertTrue(first.contains("Temporal: Temporal at " + server.address()), first);
      assertTrue(first.contains("Conversation resumed-chat started"), first);
      assertTrue(
          first.contains("Seat Booking Agent: Sure! What is your confirmation number?"), first);

      // A new process would do the same: a new worker and client; the workflow kept its state.
      String second = launch(env, "My confirmation number is ABC123.\nquit\n", args);
      assertTrue(second.contains("Resuming conversation resumed-chat:"), second);
      assertTrue(second.contains("User: I would like to change my seat."), second);
      assertTrue(second.contains("Seat Booking Agent: Thanks! Which seat would you like?"), second);
    }
  }
}
