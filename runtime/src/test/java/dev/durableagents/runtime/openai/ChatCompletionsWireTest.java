package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.OutputSchema;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.Usage;
import dev.durableagents.runtime.model.WebSearchCall;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chat Completions API as an OpenAI-compatible server receives and answers it: the real
 * openai-java client against the loopback stub.
 */
class ChatCompletionsWireTest {

  static final String KEY = "sk-test-secret";

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setBaseUrl(stub.baseUrl())
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .setDefaultModel("llama3.2")
            .build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  static ModelRequest fullRequest() {
    return new ModelRequest(
        "Weather Assistant",
        "llama3.2",
        "You are a helpful weather agent.",
        List.of(
            Message.user("Weather in Tokyo and Osaka?"),
            new Reasoning("rs_1", List.of("Two cities."), List.of(), null),
            Message.assistant("Checking both."),
            new FunctionCall("call_1", "getWeather", "{\"city\":\"Tokyo\"}", null),
            new FunctionCall("call_2", "getWeather", "{\"city\":\"Osaka\"}", null),
            new FunctionCallOutput("call_1", "Sunny"),
            new FunctionCallOutput("call_2", "Rainy"),
            new FunctionCall("call_3", "getWeather", "{\"city\":\"Kyoto\"}", null),
            new FunctionCallOutput("call_3", "Cloudy"),
            new Message(
                "assistant",
                List.of(new ContentPart.OutputText("No."), new ContentPart.Refusal("Can't.")),
                "msg_1"),
            new Message("developer", List.of(new ContentPart.InputText("Be brief.")), null)),
        new ModelSettings(0.2, 0.9, 256, "required", true, "low", Map.of("b", "2", "a", "1")),
        List.of(
            new FunctionToolSpec(
                "getWeather",
                "Get the weather",
                Json.parseObject(OpenAIResponsesWireTest.WEATHER_SCHEMA),
                true)),
        List.of(
            new FunctionToolSpec(
                "transfer_to_spanish_agent",
                null,
                Json.parseObject("{\"type\":\"object\",\"properties\":{}}"),
                false)),
        new OutputSchema(
            "WeatherReport", Json.parseObject(OpenAIResponsesWireTest.REPORT_SCHEMA), true, false),
        null);
  }

  @Test
  void sendsTheRequestAsChatCompletionsExpectsIt() {
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "{}")));

    provider.getModel("llama3.2").getResponse(fullRequest());

    RecordedRequest sent = stub.requests().get(0);
    assertEquals("POST", sent.method());
    assertEquals(OpenAIStubServer.CHAT_COMPLETIONS_PATH, sent.path());
    assertEquals("Bearer " + KEY, sent.header("authorization"));
    JsonNode body = sent.body();
    assertEquals("llama3.2", body.path("model").asText());
    JsonNode messages = body.path("messages");
    assertEquals(9, messages.size(), messages.toPrettyString());
    assertEquals(
        Json.parseObject("{\"role\":\"system\",\"content\":\"You are a helpful weather agent.\"}"),
        messages.get(0));
    assertEquals(
        Json.parseObject("{\"role\":\"user\",\"content\":\"Weather in Tokyo and Osaka?\"}"),
        messages.get(1));
    // The reasoning item is left out; the calls join the assistant message before them.
    JsonNode assistant = messages.get(2);
    assertEquals("assistant", assistant.path("role").asText());
    assertEquals("Checking both.", assistant.path("content").asText());
    assertEquals(2, assistant.path("tool_calls").size());
    assertEquals(
        Json.parseObject(
            "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"getWeather\","
                + "\"arguments\":\"{\\\"city\\\":\\\"Tokyo\\\"}\"}}"),
        assistant.path("tool_calls").get(0));
    assertEquals("call_2", assistant.path("tool_calls").get(1).path("id").asText());
    assertEquals(
        Json.parseObject("{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"Sunny\"}"),
        messages.get(3));
    assertEquals("call_2", messages.get(4).path("tool_call_id").asText());
    // A call after tool outputs gets an assistant message of its own, with no content.
    assertEquals("assistant", messages.get(5).path("role").asText());
    assertTrue(messages.get(5).path("content").isNull(), messages.get(5).toString());
    assertEquals("call_3", messages.get(5).path("tool_calls").get(0).path("id").asText());
    assertEquals("tool", messages.get(6).path("role").asText());
    assertEquals(
        Json.parseObject("{\"role\":\"assistant\",\"content\":\"No.\",\"refusal\":\"Can't.\"}"),
        messages.get(7));
    assertEquals(
        Json.parseObject("{\"role\":\"developer\",\"content\":\"Be brief.\"}"), messages.get(8));

    JsonNode tools = body.path("tools");
    assertEquals(2, tools.size());
    assertEquals("function", tools.get(0).path("type").asText());
    assertEquals("getWeather", tools.get(0).path("function").path("name").asText());
    assertEquals("Get the weather", tools.get(0).path("function").path("description").asText());
    assertEquals(
        Json.parseObject(OpenAIResponsesWireTest.WEATHER_SCHEMA),
        tools.get(0).path("function").path("parameters"));
    assertTrue(tools.get(0).path("function").path("strict").asBoolean());
    assertFalse(tools.get(1).path("function").has("description"));
    assertFalse(tools.get(1).path("function").path("strict").asBoolean(true));

    JsonNode format = body.path("response_format");
    assertEquals("json_schema", format.path("type").asText());
    assertEquals("WeatherReport", format.path("json_schema").path("name").asText());
    assertTrue(format.path("json_schema").path("strict").asBoolean());
    assertEquals(
        Json.parseObject(OpenAIResponsesWireTest.REPORT_SCHEMA),
        format.path("json_schema").path("schema"));

    assertEquals(0.2, body.path("temperature").asDouble());
    assertEquals(0.9, body.path("top_p").asDouble());
    assertEquals(256, body.path("max_tokens").asInt());
    // Not max_completion_tokens: Ollama ignores it, the Agents SDK sends max_tokens.
    assertFalse(body.has("max_completion_tokens"), body.toString());
    assertEquals("required", body.path("tool_choice").asText());
    assertTrue(body.path("parallel_tool_calls").asBoolean());
    assertEquals("low", body.path("reasoning_effort").asText());
    assertEquals(Json.parseObject("{\"a\":\"1\",\"b\":\"2\"}"), body.path("metadata"));
  }

  @Test
  void leavesUnsetSettingsOutAndNamesAToolChoice() {
    stub.enqueueChat(
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "a")),
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-2", "b")));
    FunctionToolSpec tool =
        new FunctionToolSpec(
            "getWeather", null, Json.parseObject(OpenAIResponsesWireTest.WEATHER_SCHEMA), true);

    provider.getModel(null).getResponse(minimalRequest());
    provider
        .getModel(null)
        .getResponse(
            new ModelRequest(
                "A",
                null,
                null,
                List.of(Message.user("Hi")),
                new ModelSettings(null, null, null, "getWeather", null, null, null),
                List.of(tool),
                null,
                null,
                null));

    JsonNode plain = stub.requests().get(0).body();
    assertEquals("llama3.2", plain.path("model").asText());
    assertEquals(
        Json.mapper().valueToTree(List.of(Map.of("role", "user", "content", "Hi"))),
        plain.path("messages"));
    for (String absent :
        List.of(
            "tools",
            "response_format",
            "temperature",
            "top_p",
            "max_tokens",
            "tool_choice",
            "parallel_tool_calls",
            "reasoning_effort",
            "metadata")) {
      assertFalse(plain.has(absent), absent + " should not be sent: " + plain);
    }
    assertEquals(
        Json.parseObject("{\"type\":\"function\",\"function\":{\"name\":\"getWeather\"}}"),
        stub.requests().get(1).body().path("tool_choice"));
  }

  static ModelRequest minimalRequest() {
    return new ModelRequest(
        "A", null, null, List.of(Message.user("Hi")), null, null, null, null, null);
  }

  @Test
  void readsTextToolCallsRefusalsAndUsage() {
    ObjectNode message = OpenAIStubServer.chatMessage("Let me check.");
    message
        .putArray("tool_calls")
        .add(OpenAIStubServer.chatToolCall("call_a", "getWeather", "{\"city\":\"Oslo\"}"))
        .add(OpenAIStubServer.chatToolCall("call_b", "getWeather", "{\"city\":\"Lima\"}"));
    ObjectNode refusal = OpenAIStubServer.chatMessage(null);
    refusal.put("refusal", "I cannot help with that.");
    stub.enqueueChat(
        Reply.json(
            OpenAIStubServer.chatCompletion(
                "chatcmpl-1", message, OpenAIStubServer.chatUsage(30, 12, 8, 4))),
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-2", refusal, null)));

    ModelResponse calls = provider.getModel(null).getResponse(minimalRequest());
    ModelResponse refused = provider.getModel(null).getResponse(minimalRequest());

    assertEquals(
        List.<Item>of(
            new Message("assistant", List.of(new ContentPart.OutputText("Let me check.")), null),
            new FunctionCall("call_a", "getWeather", "{\"city\":\"Oslo\"}", null),
            new FunctionCall("call_b", "getWeather", "{\"city\":\"Lima\"}", null)),
        calls.output());
    assertEquals(new Usage(1, 30, 12, 42, 8, 4), calls.usage());
    assertNull(calls.responseId(), "a chat completion id cannot continue a conversation");
    assertEquals(
        List.<Item>of(
            new Message(
                "assistant", List.of(new ContentPart.Refusal("I cannot help with that.")), null)),
        refused.output());
    assertEquals(new Usage(1, 0, 0, 0, 0, 0), refused.usage());
  }

  @Test
  void aToolCallOnlyAnswerHasNoMessage() {
    stub.enqueueChat(
        Reply.json(
            OpenAIStubServer.chatToolCallCompletion("chatcmpl-1", "call_1", "getWeather", "{}")));

    ModelResponse response = provider.getModel(null).getResponse(minimalRequest());

    assertEquals(
        List.<Item>of(new FunctionCall("call_1", "getWeather", "{}", null)), response.output());
    assertEquals(new Usage(1, 21, 8, 29, 0, 0), response.usage());
  }

  @Test
  void sendsImagesAsImageUrlParts() {
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Two images.")));
    Message question =
        new Message(
            "user",
            List.of(
                new ContentPart.InputText("What are these?"),
                ContentPart.InputImage.ofBytes("image/png", new byte[] {1, 2, 3}),
                ContentPart.InputImage.ofUrl("https://example.com/cat.jpg").withDetail("low")),
            null);

    provider
        .getModel(null)
        .getResponse(
            new ModelRequest("A", null, null, List.of(question), null, null, null, null, null));

    assertEquals(
        Json.parseObject(
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What are these?\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AQID\"}},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.jpg\","
                + "\"detail\":\"low\"}}]}"),
        stub.requests().get(0).body().path("messages").get(0));
  }

  private ModelException unsupported(ModelRequest request) {
    ModelException e =
        assertThrows(ModelException.class, () -> provider.getModel(null).getResponse(request));
    assertEquals(OpenAIErrors.UNSUPPORTED_REQUEST_ERROR, e.type());
    assertFalse(e.retryable());
    assertEquals(List.of(), stub.requests(), "nothing is sent");
    return e;
  }

  @Test
  void aHostedToolIsAClearNonRetryableError() {
    ModelException e =
        unsupported(
            minimalRequest()
                .withHostedTools(List.of(HostedTool.webSearch(), HostedTool.codeInterpreter())));

    assertEquals(
        "Chat Completions cannot run this request: agent 'A' has the hosted tool web_search,"
            + " which only the Responses API runs; use the Responses API (OpenAIProvider's"
            + " default) for this agent, or remove the tool",
        e.getMessage());
  }

  @Test
  void serverSideConversationsAreClearNonRetryableErrors() {
    ModelRequest previous =
        new ModelRequest(
            "A", null, null, List.of(Message.user("Hi")), null, null, null, null, "resp_1");
    assertTrue(unsupported(previous).getMessage().contains("previous response id resp_1"));
    assertTrue(
        unsupported(minimalRequest().withConversationId("conv_1"))
            .getMessage()
            .contains("conversation id conv_1"));
  }

  @Test
  void hostedToolItemsAndFileImagesInTheInputAreClearNonRetryableErrors() {
    ModelRequest hostedItem =
        new ModelRequest(
            "A",
            null,
            null,
            List.of(Message.user("Hi"), new WebSearchCall("ws_1", "completed", null)),
            null,
            null,
            null,
            null,
            null);
    assertTrue(unsupported(hostedItem).getMessage().contains("web_search_call"));

    ModelRequest fileImage =
        new ModelRequest(
            "A",
            null,
            null,
            List.of(new Message("user", List.of(ContentPart.InputImage.ofFileId("file_1")), null)),
            null,
            null,
            null,
            null,
            null);
    assertTrue(unsupported(fileImage).getMessage().contains("file id"));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 503})
  void transientStatusesAreRetryable(int status) {
    stub.enqueueChat(Reply.error(status, null, "Try again").withHeader("retry-after", "3"));

    ModelException e =
        assertThrows(
            ModelException.class, () -> provider.getModel(null).getResponse(minimalRequest()));

    assertTrue(e.retryable());
    assertEquals(OpenAIErrors.RETRYABLE_ERROR, e.type());
    assertEquals("OpenAI API error " + status + ": Try again", e.getMessage());
    assertEquals(Duration.ofSeconds(3), e.nextRetryDelay());
    assertEquals(1, stub.requests().size(), "maxRetries(0)");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void clientErrorsAreNotRetryable(int status) {
    stub.enqueueChat(Reply.error(status, "model_not_found", "No such model: " + KEY));

    ModelException e =
        assertThrows(
            ModelException.class, () -> provider.getModel(null).getResponse(minimalRequest()));

    assertFalse(e.retryable());
    assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, e.type());
    assertEquals(
        "OpenAI API error " + status + " (model_not_found): No such model: [REDACTED]",
        e.getMessage());
  }

  @Test
  void insufficientQuotaAndShouldRetryHeadersAreHonoured() {
    stub.enqueueChat(
        Reply.error(429, "insufficient_quota", "Out of credit"),
        Reply.error(503, null, "Down").withHeader("x-should-retry", "false"),
        Reply.error(400, null, "Busy").withHeader("x-should-retry", "true"));

    for (boolean retryable : List.of(false, false, true)) {
      ModelException e =
          assertThrows(
              ModelException.class, () -> provider.getModel(null).getResponse(minimalRequest()));
      assertEquals(retryable, e.retryable(), e.getMessage());
    }
  }

  @Test
  void aResponseWithoutChoicesIsARetryableInvalidResponse() {
    stub.enqueueChat(
        Reply.json(
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}"));

    ModelException e =
        assertThrows(
            ModelException.class, () -> provider.getModel(null).getResponse(minimalRequest()));

    assertTrue(e.retryable());
    assertEquals(OpenAIErrors.INVALID_RESPONSE_ERROR, e.type());
  }

  @Test
  void theEnvironmentSelectsChatCompletionsWithCustomHeaders() {
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Hello!")));
    Map<String, String> env =
        Map.of(
            "OPENAI_API_KEY", KEY,
            "OPENAI_BASE_URL", stub.baseUrl(),
            "OPENAI_API", "chat_completions",
            "OPENAI_ORG_ID", "org-123",
            "OPENAI_CUSTOM_HEADERS", "X-Team: search\nX-Route: eu-1",
            "OPENAI_MODEL", "qwen2.5");
    try (OpenAIProvider fromEnv = OpenAIProvider.fromEnvironment(env::get)) {
      assertEquals(OpenAIProvider.Api.CHAT_COMPLETIONS, fromEnv.api());
      ModelResponse response = fromEnv.getModel(null).getResponse(minimalRequest());
      assertEquals("Hello!", ((Message) response.output().get(0)).text());
      assertFalse(fromEnv.toString().contains(KEY), fromEnv.toString());
    }

    RecordedRequest sent = stub.requests().get(0);
    assertEquals(OpenAIStubServer.CHAT_COMPLETIONS_PATH, sent.path());
    assertEquals("qwen2.5", sent.body().path("model").asText());
    assertEquals("search", sent.header("x-team"));
    assertEquals("eu-1", sent.header("x-route"));
    assertEquals("org-123", sent.header("openai-organization"));
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenAIProvider.fromEnvironment(Map.of("OPENAI_API", "completions")::get));
  }

  @Test
  void anAzureKeyIsSentAsApiKeyWithTheApiVersion() {
    stub.enqueueChat(
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Hello!")),
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-2", "Hello again!")));
    try (OpenAIProvider azure =
        OpenAIProvider.newBuilder()
            .setAzureApiKey("azure-secret")
            .setBaseUrl(stub.baseUrl())
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .putQueryParam("api-version", "2024-10-21")
            .build()) {
      assertTrue(azure.hasApiKey());
      azure.getModel("my-deployment").getResponse(minimalRequest());
    }
    Map<String, String> env =
        Map.of(
            "AZURE_OPENAI_KEY", "azure-secret-2",
            "OPENAI_BASE_URL", stub.baseUrl(),
            "OPENAI_API", "chat");
    try (OpenAIProvider fromEnv = OpenAIProvider.fromEnvironment(env::get)) {
      fromEnv.getModel("my-deployment").getResponse(minimalRequest());
      assertTrue(fromEnv.toString().contains("Azure key set"), fromEnv.toString());
    }

    RecordedRequest sent = stub.requests().get(0);
    assertEquals("azure-secret", sent.header("api-key"));
    assertNull(sent.header("authorization"));
    assertEquals("api-version=2024-10-21", sent.query());
    assertEquals("my-deployment", sent.body().path("model").asText());
    assertEquals("azure-secret-2", stub.requests().get(1).header("api-key"));
  }

  @Test
  void aModelCanUseAClientBuiltByHand() {
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Hello!")));
    OpenAIClient client =
        OpenAIOkHttpClient.builder().apiKey(KEY).baseUrl(stub.baseUrl()).maxRetries(0).build();
    try {
      OpenAIChatCompletionsModel model = new OpenAIChatCompletionsModel(client, "mistral");

      ModelResponse response = model.getResponse(minimalRequest());

      assertEquals("mistral", model.modelName());
      assertInstanceOf(Message.class, response.output().get(0));
      assertEquals("mistral", stub.requests().get(0).body().path("model").asText());
    } finally {
      client.close();
    }
  }
}
