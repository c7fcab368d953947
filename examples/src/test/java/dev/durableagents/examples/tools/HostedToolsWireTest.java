package dev.durableagents.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tools samples against a local OpenAI-compatible server: each hosted tool as the Responses API
 * receives it through the openai-java client, and each call item as it returns, read back by the
 * sample's workflow.
 */
class HostedToolsWireTest {

  static final ObjectMapper JSON = new ObjectMapper();

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider =
        OpenAIProvider.newBuilder().setApiKey("sk-wire-test").setBaseUrl(stub.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  private SampleRun run(Sample sample, List<String> args) {
    return SampleRun.with(sample, args, provider, 600, sample::register);
  }

  /** The one request's body: each sample answers in one model call. */
  private JsonNode onlyRequest() {
    assertEquals(1, stub.requests().size());
    return stub.requests().get(0).body();
  }

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void codeInterpreter() throws Exception {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(30, 12, 0, 0),
                OpenAIStubServer.codeInterpreterCallItem(
                    "ci_1", "print(2 ** 10)", "cntr_1", "1024\n"),
                OpenAIStubServer.messageItem("msg_1", "2 to the 10th is 1024."))));

    SampleRun run = run(new CodeInterpreter(), List.of("What", "is", "2**10?"));

    JsonNode body = onlyRequest();
    assertEquals("You love doing math.", body.path("instructions").asText());
    assertEquals(
        json("[{\"type\":\"code_interpreter\",\"container\":{\"type\":\"auto\"}}]"),
        body.path("tools"));
    assertEquals("Code the interpreter ran:\nprint(2 ** 10)\n\n2 to the 10th is 1024.", run.result);
  }

  @Test
  void fileSearch() throws Exception {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(30, 12, 0, 0),
                OpenAIStubServer.fileSearchCallItem(
                    "fs_1", "spice", "file_1", "spice.txt", "The spice must flow."),
                OpenAIStubServer.messageItem("msg_1", "The spice must flow."))));

    SampleRun run = run(new FileSearch(), List.of("--vector-store-id", "vs_123", "Spice?"));

    JsonNode body = onlyRequest();
    assertEquals(
        json(
            "[{\"type\":\"file_search\",\"vector_store_ids\":[\"vs_123\"],"
                + "\"max_num_results\":3}]"),
        body.path("tools"));
    // The matching chunks come back only when asked for.
    assertEquals(json("[\"file_search_call.results\"]"), body.path("include"));
    assertEquals(
        "Searched vs_123 for [spice]; found [spice.txt (0.93)]\n\nThe spice must flow.",
        run.result);
  }

  @Test
  void imageGeneration() throws Exception {
    byte[] png = ImageGenerator.offlineImageBytes();
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(30, 12, 0, 0),
                OpenAIStubServer.imageGenerationCallItem(
                    "ig_1", Base64.getEncoder().encodeToString(png)),
                OpenAIStubServer.messageItem("msg_1", "Your frog."))));

    SampleRun run = run(new ImageGenerator(), List.of());

    assertEquals(
        json("[{\"type\":\"image_generation\",\"quality\":\"low\"}]"), onlyRequest().path("tools"));
    String saved = run.result.lines().toList().get(1);
    Path file = Path.of(saved.substring("Image saved to: ".length(), saved.lastIndexOf(" (")));
    try {
      assertArrayEquals(png, Files.readAllBytes(file), saved);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void webSearch() throws Exception {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(30, 12, 0, 0),
                OpenAIStubServer.webSearchCallItem("ws_1", "Lyon football"),
                OpenAIStubServer.messageItem("msg_1", "Lyon won."))));

    SampleRun run = run(new WebSearch(), List.of("--city", "Lyon", "Football?"));

    assertEquals(
        json(
            "[{\"type\":\"web_search\","
                + "\"user_location\":{\"type\":\"approximate\",\"city\":\"Lyon\"}}]"),
        onlyRequest().path("tools"));
    assertEquals("Searched the web for [Lyon football]\n\nLyon won.", run.result);
  }
}
