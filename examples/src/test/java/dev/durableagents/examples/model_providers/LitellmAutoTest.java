package dev.durableagents.examples.model_providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LitellmAutoTest {

  static final String HAIKU =
      "Tokyo basks in sun,\nclear skies over busy streets,\nwarm light on the bay.";

  OpenAIStubServer stub;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theInWorkflowToolRunsBetweenTwoModelCallsOnTheProvidersDefaultModel() {
    SampleRun run = SampleRun.offline(new LitellmAuto(), List.of());
    RecordedHistories.recordIfAsked("model_providers-LitellmAuto", run);

    // The tool runs in the workflow: only the model calls are activities.
    assertEquals(List.of("InvokeModel", "InvokeModel"), run.activities());
    ModelRequest first = run.modelRequests.get(0);
    assertEquals("Assistant", first.agentName());
    assertNull(first.model(), "the agent names no model: the proxy's default is used");
    assertEquals("You only respond in haikus.", first.instructions());
    assertEquals("get_weather", first.tools().get(0).name());
    assertEquals(
        "The weather in Tokyo is sunny.", Scripts.lastToolOutput(run.modelRequests.get(1)));
    assertEquals(HAIKU, run.result);
  }

  @Test
  void offlineWithoutAProxyUrl() {
    assertTrue(
        new LitellmAuto()
            .model(List.of(), Map.of("OPENAI_API_KEY", "sk-x"))
            .description()
            .startsWith("Model: offline scripted model"));
  }

  private SampleRun runAgainstStub(Map<String, String> env) {
    LitellmAuto sample = new LitellmAuto();
    ModelProvider provider = sample.model(List.of(), env).provider();
    return SampleRun.with(sample, List.of(), provider, 600, sample::register);
  }

  @Test
  void overChatCompletionsTheProxyGetsTheModelFromTheEnvironment() {
    stub.enqueueChat(
        Reply.json(
            OpenAIStubServer.chatToolCallCompletion(
                "chatcmpl_1", "call_1", "get_weather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl_2", "Sun over Tokyo.")));

    SampleRun run =
        runAgainstStub(
            Map.of(
                "LITELLM_BASE_URL", stub.baseUrl(),
                "LITELLM_API_KEY", "sk-proxy-key",
                "LITELLM_MODEL", "anthropic/claude-3-5-sonnet-20240620"));

    assertEquals("Sun over Tokyo.", run.result);
    assertTrue(stub.requests(OpenAIStubServer.RESPONSES_PATH).isEmpty());
    List<OpenAIStubServer.RecordedRequest> requests =
        stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH);
    assertEquals(2, requests.size());
    JsonNode first = requests.get(0).body();
    assertEquals("anthropic/claude-3-5-sonnet-20240620", first.get("model").asText());
    assertEquals("Bearer sk-proxy-key", requests.get(0).header("authorization"));
    assertEquals("get_weather", first.get("tools").get(0).get("function").get("name").asText());
    JsonNode messages = requests.get(1).body().get("messages");
    JsonNode toolMessage = messages.get(messages.size() - 1);
    assertEquals("tool", toolMessage.get("role").asText());
    assertEquals("call_1", toolMessage.get("tool_call_id").asText());
    assertEquals("The weather in Tokyo is sunny.", toolMessage.get("content").asText());
  }

  @Test
  void overResponsesWhenTheProxySpeaksIt() {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "get_weather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sun over Tokyo.")));

    SampleRun run =
        runAgainstStub(
            Map.of(
                "LITELLM_BASE_URL", stub.baseUrl(),
                "LITELLM_MODEL", "gemini/gemini-2.0-flash",
                "LITELLM_API", "responses"));

    assertEquals("Sun over Tokyo.", run.result);
    assertTrue(stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH).isEmpty());
    List<OpenAIStubServer.RecordedRequest> requests =
        stub.requests(OpenAIStubServer.RESPONSES_PATH);
    assertEquals(2, requests.size());
    assertEquals("gemini/gemini-2.0-flash", requests.get(0).body().get("model").asText());
  }
}
