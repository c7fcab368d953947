package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.examples.support.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's run command, offline: every sample runs end to end on the embedded server. */
class LauncherTest {

  static Iterable<String> sampleNames() {
    return Samples.all().stream().map(Sample::name).toList();
  }

  private static String launch(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // No OPENAI_API_KEY and no TEMPORAL_ADDRESS: offline model, embedded server.
      // An empty stdin: interactive samples play their demo conversation.
      Terminal empty = Terminal.of(new ByteArrayInputStream(new byte[0]), System.out, false);
      assertEquals(0, Launcher.run(args, Map.of(), empty));
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void runsOfflineAndSaysSoOnTheFirstLine(String sample) {
    String output = launch(sample);

    String firstLine = output.lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("Model: offline scripted model"), firstLine);
    assertTrue(output.contains("Temporal: embedded Temporal test server"), output);
    assertTrue(output.contains("Result:"), output);
    assertTrue(output.contains("activity InvokeModel"), output);
  }

  @Test
  void listsEverySample() {
    String output = launch("--list");
    for (String name : sampleNames()) {
      assertTrue(output.contains(name), output);
    }
  }
}
