package dev.durableagents.runtime.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client scenarios of the MCP conformance suite ({@code @modelcontextprotocol/conformance} from
 * npm) that apply to a tools client, run against our client ({@link ConformanceClient}, in a JVM of
 * its own): {@code initialize}, {@code tools_call}, and {@code sse-retry} (a streamable-HTTP answer
 * stream that the server closes early and the client resumes). The suite needs Node.js 22, which is
 * installed with it into {@code target/mcp-conformance} from the npm registry (package {@code
 * node}). Expected failures are listed, with reasons, in {@code mcp/conformance-baseline.yml}; the
 * suite's results stay in {@code target/mcp-conformance/results}. Skipped, with the reason, when
 * npm is unavailable.
 */
class McpConformanceTest {

  private static final Path DIR = Path.of("target", "mcp-conformance").toAbsolutePath();
  private static final String CONFORMANCE = "@modelcontextprotocol/conformance@0.1.16";
  private static String unavailable;

  @BeforeAll
  static void install() throws InterruptedException {
    Path bin = DIR.resolve("node_modules").resolve(".bin");
    if (Files.isExecutable(bin.resolve("conformance")) && Files.isExecutable(bin.resolve("node"))) {
      return;
    }
    try {
      Files.createDirectories(DIR);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--prefix",
                  DIR.toString(),
                  "node@22",
                  CONFORMANCE)
              .redirectErrorStream(true)
              .redirectOutput(DIR.resolve("npm-install.log").toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        npm.destroyForcibly();
        unavailable =
            "npm install of Node.js 22 and the conformance suite failed: see "
                + DIR.resolve("npm-install.log");
      }
    } catch (IOException e) {
      unavailable = "npm is not available: " + e.getMessage();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialize", "tools_call", "sse-retry"})
  void clientScenario(String scenario) throws Exception {
    assumeTrue(unavailable == null, () -> unavailable);
    Path bin = DIR.resolve("node_modules").resolve(".bin");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String client =
        java
            + " -cp "
            + System.getProperty("java.class.path")
            + " "
            + ConformanceClient.class.getName();
    Path baseline = Path.of("src/test/resources/mcp/conformance-baseline.yml").toAbsolutePath();
    Path results = DIR.resolve("results");
    List<String> command =
        new ArrayList<>(
            List.of(
                bin.resolve("node").toString(),
                bin.resolve("conformance").toRealPath().toString(),
                "client",
                "--command",
                client,
                "--scenario",
                scenario,
                "--expected-failures",
                baseline.toString(),
                "-o",
                results.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Node.js 22 first on the PATH, for the suite and anything it starts.
    builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    Process suite = builder.start();
    String output = new String(suite.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!suite.waitFor(2, TimeUnit.MINUTES)) {
      suite.destroyForcibly();
    }
    Files.writeString(DIR.resolve(scenario + ".log"), output);
    System.out.println("MCP conformance, client scenario " + scenario + ":\n" + output);
    assertEquals(0, suite.exitValue(), output);
  }
}
