package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Tools sample against a local OpenAI-compatible server: the generated code's requests, as a
 * real OpenAI endpoint receives them through the openai-java client.
 */
class ToolsWireTest {

  static final String KEY = "sk-wire-test-key-0123456789";

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
  void requestsCarryModelInstructionsAndStrictToolSchema() {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "getWeather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny in Tokyo.")));
    OpenAIProvider provider =
        OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();

    SampleRun run = SampleRun.with(new Tools(), List.of(), provider, 600, new Tools()::register);

    assertEquals("Sunny in Tokyo.", run.result);
    List<OpenAIStubServer.RecordedRequest> requests = stub.requests();
    assertEquals(2, requests.size());
    JsonNode first = requests.get(0).body();
    assertEquals("gpt-4o", first.get("model").asText());
    assertEquals("You are a helpful agent.", first.get("instructions").asText());
    JsonNode tool = first.get("tools").get(0);
    assertEquals("function", tool.get("type").asText());
    assertEquals("getWeather", tool.get("name").asText());
    assertEquals("Get the weather for a given city.", tool.get("description").asText());
    assertTrue(tool.get("strict").asBoolean());
    JsonNode parameters = tool.get("parameters");
    assertEquals("object", parameters.get("type").asText());
    assertFalse(parameters.get("additionalProperties").asBoolean());
    assertEquals("[\"city\"]", parameters.get("required").toString());
    JsonNode city = parameters.get("properties").get("city");
    assertEquals("string", city.get("type").asText());
    assertEquals("The city to get the weather for", city.get("description").asText());

    JsonNode secondInput = requests.get(1).body().get("input");
    JsonNode output = secondInput.get(secondInput.size() - 1);
    assertEquals("function_call_output", output.get("type").asText());
    assertEquals("call_1", output.get("call_id").asText());
    assertTrue(output.get("output").asText().contains("14-20C"));
    assertEquals("Bearer " + KEY, requests.get(0).header("authorization"));
  }

  @Test
  void apiKeyAppearsNowhereInTheHistory() {
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "getWeather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny in Tokyo.")));
    OpenAIProvider provider =
        OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();

    SampleRun run = SampleRun.with(new Tools(), List.of(), provider, 600, new Tools()::register);

    String history = run.historyText();
    assertTrue(history.contains("You are a helpful agent."), "the history holds the requests");
    assertFalse(history.contains(KEY));
    assertFalse(history.contains("wire-test-key"));
  }
}
