package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.OutputSchema;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.Usage;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests as OpenAI receives them and responses as the runtime reads them: the real openai-java
 * client against the loopback stub.
 */
class OpenAIResponsesWireTest {

  static final String KEY = "sk-test-secret";

  static final String WEATHER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
          + "\"description\":\"The city name\"}},\"required\":[\"city\"],"
          + "\"additionalProperties\":false}";

  static final String REPORT_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"},"
          + "\"celsius\":{\"type\":\"number\"}},\"required\":[\"summary\",\"celsius\"],"
          + "\"additionalProperties\":false}";

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider = OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  static ModelRequest fullRequest() {
    return new ModelRequest(
        "Weather Assistant",
        "gpt-4o",
        "You are a helpful weather agent.",
        List.of(
            Message.user("Weather in Tokyo?"),
            new FunctionCall("call_1", "getWeather", "{\"city\":\"Tokyo\"}", "fc_1"),
            new FunctionCallOutput("call_1", "Sunny, 22C"),
            new Message(
                "assistant",
                List.of(new ContentPart.OutputText("Checking."), new ContentPart.Refusal("No.")),
                "msg_0"),
            Message.assistant("Hand-written answer."),
            new Message("developer", List.of(new ContentPart.InputText("Be brief.")), null)),
        new ModelSettings(0.2, 0.9, 256, "auto", true, "low", Map.of("b", "2", "a", "1")),
        List.of(
            new FunctionToolSpec(
                "getWeather",
                "Get the current weather for a city",
                Json.parseObject(WEATHER_SCHEMA),
                true)),
        List.of(
            new FunctionToolSpec(
                "transfer_to_spanish_agent",
                "Handoff to the Spanish Agent",
                Json.parseObject(
                    "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}"),
                true)),
        new OutputSchema("WeatherReport", Json.parseObject(REPORT_SCHEMA), true, false),
        "resp_0");
  }

  static ObjectNode fullResponse() {
    return OpenAIStubServer.response(
        "resp_1",
        OpenAIStubServer.usage(30, 12, 8, 4),
        OpenAIStubServer.messageItem("msg_1", "It is sunny."),
        OpenAIStubServer.functionCallItem("fc_2", "call_2", "getWeather", "{\"city\":\"Osaka\"}"));
  }

  @Test
  void sendsTheRequestAsTheResponsesApiExpectsIt() {
    stub.enqueue(Reply.json(fullResponse()));

    provider.getModel("gpt-4o").getResponse(fullRequest());

    List<RecordedRequest> requests = stub.requests();
    assertEquals(1, requests.size());
    RecordedRequest request = requests.get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1/responses", request.path());
    JsonNode body = request.body();
    assertEquals("gpt-4o", body.path("model").asText());
    assertEquals("You are a helpful weather agent.", body.path("instructions").asText());
    assertEquals("resp_0", body.path("previous_response_id").asText());

    JsonNode input = body.path("input");
    assertEquals(6, input.size());
    assertEquals("message", input.get(0).path("type").asText());
    assertEquals("user", input.get(0).path("role").asText());
    assertEquals("input_text", input.get(0).path("content").get(0).path("type").asText());
    assertEquals("Weather in Tokyo?", input.get(0).path("content").get(0).path("text").asText());

    assertEquals("function_call", input.get(1).path("type").asText());
    assertEquals("call_1", input.get(1).path("call_id").asText());
    assertEquals("getWeather", input.get(1).path("name").asText());
    assertEquals("{\"city\":\"Tokyo\"}", input.get(1).path("arguments").asText());
    assertEquals("fc_1", input.get(1).path("id").asText());

    assertEquals("function_call_output", input.get(2).path("type").asText());
    assertEquals("call_1", input.get(2).path("call_id").asText());
    assertEquals("Sunny, 22C", input.get(2).path("output").asText());

    // An assistant message the model wrote goes back as the output message it was.
    JsonNode modelMessage = input.get(3);
    assertEquals("message", modelMessage.path("type").asText());
    assertEquals("assistant", modelMessage.path("role").asText());
    assertEquals("msg_0", modelMessage.path("id").asText());
    assertEquals("completed", modelMessage.path("status").asText());
    assertEquals("output_text", modelMessage.path("content").get(0).path("type").asText());
    assertEquals("Checking.", modelMessage.path("content").get(0).path("text").asText());
    assertTrue(modelMessage.path("content").get(0).path("annotations").isArray());
    assertEquals("refusal", modelMessage.path("content").get(1).path("type").asText());
    assertEquals("No.", modelMessage.path("content").get(1).path("refusal").asText());

    // One written by hand (no id) goes as an easy input message with text content.
    JsonNode handWritten = input.get(4);
    assertEquals("assistant", handWritten.path("role").asText());
    assertEquals("Hand-written answer.", handWritten.path("content").asText());
    assertFalse(handWritten.has("id"));

    assertEquals("developer", input.get(5).path("role").asText());
    assertEquals("Be brief.", input.get(5).path("content").get(0).path("text").asText());

    JsonNode tools = body.path("tools");
    assertEquals(2, tools.size());
    assertEquals("function", tools.get(0).path("type").asText());
    assertEquals("getWeather", tools.get(0).path("name").asText());
    assertEquals("Get the current weather for a city", tools.get(0).path("description").asText());
    assertTrue(tools.get(0).path("strict").asBoolean());
    assertEquals(Json.parseObject(WEATHER_SCHEMA), tools.get(0).path("parameters"));
    assertEquals(
        "The city name",
        tools
            .get(0)
            .path("parameters")
            .path("properties")
            .path("city")
            .path("description")
            .asText());
    assertFalse(tools.get(0).path("parameters").path("additionalProperties").asBoolean(true));
    assertEquals("transfer_to_spanish_agent", tools.get(1).path("name").asText());

    JsonNode format = body.path("text").path("format");
    assertEquals("json_schema", format.path("type").asText());
    assertEquals("WeatherReport", format.path("name").asText());
    assertEquals(Json.parseObject(REPORT_SCHEMA), format.path("schema"));
    assertTrue(format.path("strict").asBoolean());

    assertEquals(0.2, body.path("temperature").asDouble());
    assertEquals(0.9, body.path("top_p").asDouble());
    assertEquals(256, body.path("max_output_tokens").asInt());
    assertEquals("auto", body.path("tool_choice").asText());
    assertTrue(body.path("parallel_tool_calls").asBoolean());
    assertEquals("low", body.path("reasoning").path("effort").asText());
    assertEquals(Json.parseObject("{\"a\":\"1\",\"b\":\"2\"}"), body.path("metadata"));
  }

  @Test
  void readsOutputItemsUsageAndResponseId() {
    stub.enqueue(Reply.json(fullResponse()));

    ModelResponse response = provider.getModel("gpt-4o").getResponse(fullRequest());

    assertEquals(
        List.<Item>of(
            new Message("assistant", List.of(new ContentPart.OutputText("It is sunny.")), "msg_1"),
            new FunctionCall("call_2", "getWeather", "{\"city\":\"Osaka\"}", "fc_2")),
        response.output());
    assertEquals(new Usage(1, 30, 12, 42, 8, 4), response.usage());
    assertEquals("resp_1", response.responseId());
  }

  @Test
  void mapsRefusalsAndReasoningAndSkipsItemTypesItDoesNotModel() {
    ObjectNode refusal = OpenAIStubServer.messageItem("msg_9", "ignored");
    ObjectNode part = (ObjectNode) refusal.path("content").get(0);
    part.removeAll();
    part.put("type", "refusal").put("refusal", "I cannot help with that.");
    ObjectNode reasoning = Json.mapper().createObjectNode();
    reasoning.put("type", "reasoning").put("id", "rs_1").putArray("summary");
    ObjectNode future = Json.mapper().createObjectNode();
    future.put("type", "some_future_item").put("id", "x_1");
    stub.enqueue(Reply.json(OpenAIStubServer.response("resp_9", null, reasoning, future, refusal)));

    ModelResponse response = provider.getModel(null).getResponse(minimalRequest());

    // Reasoning is kept (it must go back with the calls that follow it); the unknown type is not.
    assertEquals(
        List.<Item>of(
            new Reasoning("rs_1", List.of(), List.of(), null),
            new Message(
                "assistant",
                List.of(new ContentPart.Refusal("I cannot help with that.")),
                "msg_9")),
        response.output());
    assertEquals(new Usage(1, 0, 0, 0, 0, 0), response.usage());
  }

  static ModelRequest minimalRequest() {
    return new ModelRequest(
        "Minimal", null, null, List.of(Message.user("Hi")), null, null, null, null, null);
  }

  @Test
  void leavesUnsetSettingsOutAndUsesTheDefaultModel() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello!")));

    ModelResponse response = provider.getModel(null).getResponse(minimalRequest());

    assertEquals(
        List.of(new Message("assistant", List.of(new ContentPart.OutputText("Hello!")), "msg_1")),
        response.output());
    JsonNode body = stub.requests().get(0).body();
    assertEquals("gpt-4o", body.path("model").asText());
    for (String absent :
        List.of(
            "instructions",
            "tools",
            "text",
            "temperature",
            "top_p",
            "max_output_tokens",
            "tool_choice",
            "parallel_tool_calls",
            "reasoning",
            "metadata",
            "previous_response_id")) {
      assertFalse(body.has(absent), absent + " should not be sent: " + body);
    }
  }

  @Test
  void defaultModelCanBeConfigured() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello!")));
    try (OpenAIProvider mini =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setBaseUrl(stub.baseUrl())
            .setDefaultModel("gpt-4o-mini")
            .build()) {
      mini.getModel(null).getResponse(minimalRequest());
    }
    assertEquals("gpt-4o-mini", stub.requests().get(0).body().path("model").asText());
  }

  @Test
  void toolChoiceNamesAFunctionOrAnOption() {
    stub.enqueue(
        Reply.json(OpenAIStubServer.textResponse("resp_1", "a")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "b")),
        Reply.json(OpenAIStubServer.textResponse("resp_3", "c")));
    FunctionToolSpec tool =
        new FunctionToolSpec("getWeather", null, Json.parseObject(WEATHER_SCHEMA), false);

    for (String choice : List.of("getWeather", "required", "none")) {
      provider
          .getModel("gpt-4o")
          .getResponse(
              new ModelRequest(
                  "A",
                  "gpt-4o",
                  null,
                  List.of(Message.user("Hi")),
                  new ModelSettings(null, null, null, choice, false, null, null),
                  List.of(tool),
                  null,
                  null,
                  null));
    }

    List<RecordedRequest> requests = stub.requests();
    JsonNode function = requests.get(0).body().path("tool_choice");
    assertEquals("function", function.path("type").asText());
    assertEquals("getWeather", function.path("name").asText());
    assertEquals("required", requests.get(1).body().path("tool_choice").asText());
    assertEquals("none", requests.get(2).body().path("tool_choice").asText());
    JsonNode sentTool = requests.get(0).body().path("tools").get(0);
    assertFalse(sentTool.has("description"), "a null description is left out: " + sentTool);
    assertFalse(sentTool.path("strict").asBoolean(true));
    assertFalse(requests.get(0).body().path("parallel_tool_calls").asBoolean(true));
  }

  @Test
  void parallelToolCallsIsOnlyAskedForWithTools() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "a")));
    provider
        .getModel("gpt-4o")
        .getResponse(
            new ModelRequest(
                "A",
                "gpt-4o",
                null,
                List.of(Message.user("Hi")),
                new ModelSettings(null, null, null, null, true, null, null),
                null,
                null,
                null,
                null));
    assertFalse(stub.requests().get(0).body().has("parallel_tool_calls"));
  }

  @Test
  void authorizationCarriesTheKeyButNoRequestOrResponseRecordDoes() throws Exception {
    stub.enqueue(Reply.json(fullResponse()));
    ModelRequest request = fullRequest();

    ModelResponse response = provider.getModel("gpt-4o").getResponse(request);

    RecordedRequest sent = stub.requests().get(0);
    assertEquals("Bearer " + KEY, sent.header("Authorization"));
    assertFalse(sent.rawBody().contains(KEY), "the key is not in the HTTP body");
    String records =
        Json.mapper().writeValueAsString(request) + Json.mapper().writeValueAsString(response);
    assertFalse(records.contains(KEY), records);
    assertFalse(provider.toString().contains(KEY), provider.toString());
  }

  @Test
  void organizationAndProjectAreSentAsHeaders() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello!")));
    Map<String, String> env =
        Map.of(
            "OPENAI_API_KEY", KEY,
            "OPENAI_BASE_URL", stub.baseUrl(),
            "OPENAI_ORG_ID", "org-123",
            "OPENAI_PROJECT_ID", "proj_456",
            "OPENAI_MODEL", "gpt-4.1");
    try (OpenAIProvider fromEnv = OpenAIProvider.fromEnvironment(env::get)) {
      assertEquals("gpt-4.1", fromEnv.defaultModel());
      assertEquals(stub.baseUrl(), fromEnv.baseUrl());
      fromEnv.getModel(null).getResponse(minimalRequest());
    }
    RecordedRequest sent = stub.requests().get(0);
    assertEquals("Bearer " + KEY, sent.header("authorization"));
    assertEquals("org-123", sent.header("OpenAI-Organization"));
    assertEquals("proj_456", sent.header("OpenAI-Project"));
    assertEquals("gpt-4.1", sent.body().path("model").asText());
  }

  @Test
  void withoutAnApiKeyEveryCallFailsWithoutARequest() {
    OpenAIProvider noKey =
        OpenAIProvider.fromEnvironment(Map.of("OPENAI_BASE_URL", stub.baseUrl())::get);
    assertFalse(noKey.hasApiKey());
    assertEquals(OpenAIProvider.DEFAULT_MODEL, noKey.defaultModel());

    ModelException e =
        assertThrows(
            ModelException.class, () -> noKey.getModel("gpt-4o").getResponse(minimalRequest()));

    assertEquals(OpenAIErrors.CONFIGURATION_ERROR, e.type());
    assertFalse(e.retryable());
    assertNull(e.nextRetryDelay());
    assertTrue(e.getMessage().contains("OPENAI_API_KEY is not set"), e.getMessage());
    assertEquals(List.of(), stub.requests());

    OpenAIProvider blankKey = OpenAIProvider.newBuilder().setApiKey("  ").build();
    assertThrows(ModelException.class, () -> blankKey.getModel(null).getResponse(minimalRequest()));
  }

  @Test
  void aModelCanUseAClientBuiltByHand() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello!")));
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .apiKey(KEY)
            .baseUrl(stub.baseUrl())
            .maxRetries(0)
            .putHeader("X-Custom", "yes")
            .build();
    try {
      OpenAIResponsesModel model = new OpenAIResponsesModel(client, "gpt-4o-mini");

      ModelResponse response = model.getResponse(minimalRequest());

      assertEquals("gpt-4o-mini", model.modelName());
      assertEquals("resp_1", response.responseId());
      assertEquals("yes", stub.requests().get(0).header("x-custom"));
      assertEquals("gpt-4o-mini", stub.requests().get(0).body().path("model").asText());
    } finally {
      client.close();
    }
  }

  @Test
  void reusesOneClient() {
    OpenAIProvider fresh =
        OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();
    try (fresh) {
      assertSame(fresh.client(), fresh.client());
    }
  }
}
