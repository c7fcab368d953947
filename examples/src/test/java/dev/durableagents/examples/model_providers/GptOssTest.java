package dev.durableagents.examples.model_providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GptOssTest {

  @Test
  void theAgentAsksForTheOllamaModelAndItsToolRunsInTheWorkflow() {
    SampleRun run = SampleRun.offline(new GptOss(), List.of());
    RecordedHistories.recordIfAsked("model_providers-GptOss", run);

    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    ModelRequest first = run.modelRequests.get(0);
    assertEquals("ollama/gpt-oss:20b", first.model());
    assertTrue(first.instructions().startsWith("You only respond in haikus."));
    assertEquals("get_weather", first.tools().get(0).name());
    assertTrue(run.activityInputs().get(0).contains("\"model\":\"ollama/gpt-oss:20b\""));
    assertEquals(
        "The weather in Tokyo is sunny.", Scripts.lastToolOutput(run.modelRequests.get(1)));
    assertEquals(
        "Sunlight fills Tokyo,\nno cloud above the city,\na bright, gentle day.", run.result);
  }

  @Test
  void offlineWithoutAnOllamaUrl() {
    assertTrue(
        new GptOss()
            .model(List.of(), Map.of())
            .description()
            .startsWith("Model: offline scripted model"));
  }

  /** Against the loopback stub as Ollama: the real openai-java client, over Chat Completions. */
  @Test
  void onTheWireTheCallsGoToChatCompletionsWithTheModelUnprefixed() {
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      stub.enqueueChat(
          Reply.json(
              OpenAIStubServer.chatToolCallCompletion(
                  "chatcmpl_1", "call_1", "get_weather", "{\"city\":\"Tokyo\"}")),
          Reply.json(OpenAIStubServer.chatCompletion("chatcmpl_2", "Tokyo in the sun.")));
      GptOss sample = new GptOss();
      ModelProvider provider =
          sample.model(List.of(), Map.of("OLLAMA_BASE_URL", stub.baseUrl())).provider();

      SampleRun run = SampleRun.with(sample, List.of(), provider, 600, sample::register);

      assertEquals("Tokyo in the sun.", run.result);
      assertTrue(stub.requests(OpenAIStubServer.RESPONSES_PATH).isEmpty());
      List<OpenAIStubServer.RecordedRequest> requests =
          stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH);
      assertEquals(2, requests.size());
      JsonNode first = requests.get(0).body();
      assertEquals("gpt-oss:20b", first.get("model").asText());
      assertEquals("system", first.get("messages").get(0).get("role").asText());
      assertEquals("get_weather", first.get("tools").get(0).get("function").get("name").asText());
      assertEquals("gpt-oss:20b", requests.get(1).body().get("model").asText());
    }
  }
}
