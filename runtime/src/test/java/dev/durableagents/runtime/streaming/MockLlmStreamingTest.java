package dev.durableagents.runtime.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.RetryOptions;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Chat Completions streaming path against a third-party peer: {@code @dwmkerr/mock-llm} from
 * the npm registry, whose streaming mode sends OpenAI-format server-sent events in chunks of a set
 * size at a set interval. The test installs it (into {@code target/mock-llm}, reused) and starts it
 * on loopback; without {@code npm}, or when the registry cannot be reached, it is skipped, saying
 * why.
 */
class MockLlmStreamingTest {

  static final String VERSION = "0.1.29";
  static final String TEXT = "Tokyo is sunny and warm today, a fine day for a walk by the river.";

  @Test
  void chatCompletionsStreamFromMockLlmReachTheSubscriber() throws Exception {
    Path dir = Path.of("target", "mock-llm").toAbsolutePath();
    Path main = dir.resolve("node_modules/@dwmkerr/mock-llm/dist/main.js");
    if (!Files.exists(main)) {
      assumeTrue(
          onPath("npm") && onPath("node"),
          "npm or node is not installed: mock-llm peer test skipped");
      Files.createDirectories(dir);
      Process install =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--silent",
                  "--prefix",
                  dir.toString(),
                  "@dwmkerr/mock-llm@" + VERSION)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("npm-install.log").toFile())
              .start();
      boolean done = install.waitFor(5, TimeUnit.MINUTES);
      if (!done) {
        install.destroyForcibly();
      }
      assumeTrue(
          done && install.exitValue() == 0 && Files.exists(main),
          "npm install @dwmkerr/mock-llm@"
              + VERSION
              + " failed (registry unreachable?); see "
              + dir.resolve("npm-install.log")
              + ": mock-llm peer test skipped");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path config = dir.resolve("mock-llm-" + port + ".yaml");
    Files.writeString(config, config(), StandardCharsets.UTF_8);
    ProcessBuilder builder =
        new ProcessBuilder("node", main.toString(), "--config", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mock-llm-" + port + ".log").toFile());
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().put("PORT", Integer.toString(port));
    Process server = builder.start();
    try (OpenAIProvider provider =
        OpenAIProvider.newBuilder()
            .setApiKey("sk-mock")
            .setBaseUrl("http://127.0.0.1:" + port + "/v1")
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .setDefaultModel("gpt-4o")
            .build()) {
      awaitListening(port, server);
      try (AgentTestEnvironment env =
          AgentTestEnvironment.createRealTime(
              DurableAgentsPlugin.newBuilder()
                  .setModelProvider(provider)
                  .setModelActivityOptions(
                      ModelActivityOptions.newBuilder()
                          .setStartToCloseTimeout(Duration.ofSeconds(30))
                          .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                          .build())
                  .build())) {
        env.worker().registerWorkflowImplementationTypes(StreamingWorkflowImpl.class);
        env.worker().registerActivitiesImplementations(new StreamingWorkflowImpl.Weather());
        env.start();
        StreamingWorkflow workflow = env.newWorkflow(StreamingWorkflow.class, "mock-llm");
        WorkflowClient.start(workflow::run, "Weather in Tokyo?", true);
        List<RunEvent> events = new ArrayList<>();
        try (RunSubscription subscription = RunSubscription.subscribe(env.client(), "mock-llm")) {
          subscription.forEachRemaining(events::add);
        }
        String result = WorkflowStub.fromTyped(workflow).getResult(String.class);
        assertTrue(result.startsWith(TEXT + " | "), result);

        List<RunEvent.TextDelta> deltas = StreamingTest.deltas(events);
        // 8 characters every 100 ms: the subscriber sees the text arrive in several pieces.
        assertTrue(deltas.size() > 2, events.toString());
        assertEquals(
            TEXT, String.join("", deltas.stream().map(RunEvent.TextDelta::delta).toList()));
        assertEquals(
            List.of("AgentChanged", "TextDelta", "MessageOutput", "RunCompleted"),
            StreamingTest.kinds(events));
        assertEquals(
            List.of("InvokeModelStreaming"),
            Histories.scheduledActivities(Histories.of(env.client(), "mock-llm")));
      }
    } finally {
      server.destroy();
      if (!server.waitFor(5, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String config() {
    return "streaming:\n"
        + "  chunkSize: 8\n"
        + "  chunkIntervalMs: 100\n"
        + "rules:\n"
        + "  - path: \"/v1/chat/completions\"\n"
        + "    method: \"POST\"\n"
        + "    match: \"@\"\n"
        + "    response:\n"
        + "      status: 200\n"
        + "      content: |\n"
        + "        {\"id\": \"chatcmpl-mock\", \"object\": \"chat.completion\", \"model\":"
        + " \"gpt-4o\",\n"
        + "         \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\",\n"
        + "           \"message\": {\"role\": \"assistant\", \"content\": \""
        + TEXT
        + "\"}}]}\n";
  }

  private static void awaitListening(int port, Process server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      assertTrue(
          server.isAlive(), "mock-llm exited; see target/mock-llm/mock-llm-" + port + ".log");
      try {
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/models")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("mock-llm did not listen on port " + port + " within 30 s");
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, command))) {
        return true;
      }
    }
    return false;
  }
}
