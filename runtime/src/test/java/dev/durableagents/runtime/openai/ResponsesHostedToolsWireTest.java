package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.CodeInterpreterCall;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FileSearchCall;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.ImageGenerationCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.McpListTools;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.WebSearchCall;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hosted tools, their result items, images, reasoning and server-side conversations on the
 * Responses API, as OpenAI receives and returns them: the real client against the loopback stub.
 */
class ResponsesHostedToolsWireTest {

  static final String KEY = "sk-test-secret";
  static final String MCP_TOKEN = "Bearer mcp-secret-token";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    provider =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setBaseUrl(stub.baseUrl())
            .putHostedMcpHeader("deepwiki", "Authorization", MCP_TOKEN)
            .build();
  }

  @AfterEach
  void stop() {
    provider.close();
    stub.close();
  }

  static ModelRequest request(List<Item> input, List<HostedTool> hostedTools) {
    return new ModelRequest("Researcher", "gpt-4o", null, input, null, null, null, null, null)
        .withHostedTools(hostedTools);
  }

  static List<HostedTool> everyHostedTool() {
    return List.of(
        HostedTool.webSearch()
            .withUserLocation(
                new HostedTool.WebSearch.UserLocation("London", "England", "GB", "Europe/London"))
            .withSearchContextSize("high")
            .withAllowedDomains(List.of("bbc.co.uk")),
        HostedTool.fileSearch("vs_1", "vs_2").withMaxNumResults(3).withSearchResults(),
        HostedTool.codeInterpreter().withOutputs(),
        HostedTool.imageGeneration().withQuality("low").withSize("1024x1024"),
        HostedTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp")
            .withServerDescription("Docs of public repositories")
            .withAllowedTools(List.of("ask_question", "read_wiki_structure"))
            .withRequireApproval("always"));
  }

  @Test
  void sendsEachHostedToolAsTheResponsesApiDocumentsIt() throws Exception {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "ok")));
    ModelRequest request = request(List.of(Message.user("Research")), everyHostedTool());

    provider.getModel("gpt-4o").getResponse(request);

    JsonNode body = stub.requests().get(0).body();
    JsonNode tools = body.path("tools");
    assertEquals(5, tools.size(), tools.toString());
    assertEquals(
        Json.parseObject(
            "{\"type\":\"web_search\",\"user_location\":{\"type\":\"approximate\","
                + "\"city\":\"London\",\"region\":\"England\",\"country\":\"GB\","
                + "\"timezone\":\"Europe/London\"},\"search_context_size\":\"high\","
                + "\"filters\":{\"allowed_domains\":[\"bbc.co.uk\"]}}"),
        tools.get(0));
    assertEquals(
        Json.parseObject(
            "{\"type\":\"file_search\",\"vector_store_ids\":[\"vs_1\",\"vs_2\"],"
                + "\"max_num_results\":3}"),
        tools.get(1));
    assertEquals(
        Json.parseObject("{\"type\":\"code_interpreter\",\"container\":{\"type\":\"auto\"}}"),
        tools.get(2));
    assertEquals(
        Json.parseObject(
            "{\"type\":\"image_generation\",\"quality\":\"low\",\"size\":\"1024x1024\"}"),
        tools.get(3));
    assertEquals(
        Json.parseObject(
            "{\"type\":\"mcp\",\"server_label\":\"deepwiki\","
                + "\"server_url\":\"https://mcp.deepwiki.com/mcp\","
                + "\"server_description\":\"Docs of public repositories\","
                + "\"allowed_tools\":[\"ask_question\",\"read_wiki_structure\"],"
                + "\"require_approval\":\"always\","
                + "\"headers\":{\"Authorization\":\""
                + MCP_TOKEN
                + "\"}}"),
        tools.get(4));
    assertEquals(
        List.of("file_search_call.results", "code_interpreter_call.outputs"),
        strings(body.path("include")));
    // The MCP credential is added on the worker: the activity input (the history) never has it.
    assertFalse(Json.mapper().writeValueAsString(request).contains("mcp-secret"));
  }

  @Test
  void aCodeInterpreterInAGivenContainerAndAToolWithoutIncludes() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "ok")));

    provider
        .getModel("gpt-4o")
        .getResponse(
            request(
                List.of(Message.user("Run it")),
                List.of(
                    HostedTool.codeInterpreter().withContainerId("cntr_42"),
                    HostedTool.codeInterpreter().withFileIds(List.of("file_1")),
                    HostedTool.fileSearch("vs_1"))));

    JsonNode body = stub.requests().get(0).body();
    assertEquals("cntr_42", body.path("tools").get(0).path("container").asText());
    assertEquals(
        Json.parseObject("{\"type\":\"auto\",\"file_ids\":[\"file_1\"]}"),
        body.path("tools").get(1).path("container"));
    assertFalse(body.has("include"), body.toString());
  }

  static List<ObjectNode> everyHostedOutputItem() {
    return List.of(
        OpenAIStubServer.reasoningItem("rs_1", "gAAAA-encrypted", "I should search.", "Then read."),
        OpenAIStubServer.webSearchCallItem("ws_1", "weather london"),
        OpenAIStubServer.fileSearchCallItem(
            "fs_1", "who is Patroclus", "file_9", "iliad.txt", "Patroclus, son of Menoetius"),
        OpenAIStubServer.codeInterpreterCallItem("ci_1", "print(9000 + 1)", "cntr_1", "9001\n"),
        OpenAIStubServer.imageGenerationCallItem("ig_1", Base64.getEncoder().encodeToString(PNG)),
        OpenAIStubServer.mcpListToolsItem("mcpl_1", "deepwiki", "ask_question"),
        OpenAIStubServer.mcpCallItem(
            "mcp_1", "deepwiki", "ask_question", "{\"q\":\"lang?\"}", "Java", "mcpr_0"),
        OpenAIStubServer.mcpApprovalRequestItem(
            "mcpr_1", "deepwiki", "ask_question", "{\"q\":\"more?\"}"));
  }

  @Test
  void readsEveryHostedToolItemTyped() {
    List<ObjectNode> items = new ArrayList<>(everyHostedOutputItem());
    items.add(OpenAIStubServer.messageItem("msg_1", "Over 9000"));
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(100, 50, 40, 30),
                items.toArray(new JsonNode[0]))));

    ModelResponse response =
        provider.getModel("gpt-4o").getResponse(request(List.of(Message.user("Go")), List.of()));

    List<Item> output = response.output();
    assertEquals(9, output.size(), output.toString());
    Reasoning reasoning = assertInstanceOf(Reasoning.class, output.get(0));
    assertEquals(List.of("I should search.", "Then read."), reasoning.summary());
    assertEquals("gAAAA-encrypted", reasoning.encryptedContent());
    WebSearchCall web = assertInstanceOf(WebSearchCall.class, output.get(1));
    assertEquals("weather london", web.query());
    FileSearchCall file = assertInstanceOf(FileSearchCall.class, output.get(2));
    assertEquals(List.of("who is Patroclus"), file.queries());
    assertEquals("iliad.txt", file.results().get(0).filename());
    assertEquals(0.93, file.results().get(0).score());
    assertEquals("Iliad", file.results().get(0).attributes().path("book").asText());
    CodeInterpreterCall code = assertInstanceOf(CodeInterpreterCall.class, output.get(3));
    assertEquals("print(9000 + 1)", code.code());
    assertEquals("cntr_1", code.containerId());
    assertEquals(new CodeInterpreterCall.Output("logs", "9001\n", null), code.outputs().get(0));
    ImageGenerationCall image = assertInstanceOf(ImageGenerationCall.class, output.get(4));
    assertArrayEquals(PNG, image.imageBytes());
    McpListTools tools = assertInstanceOf(McpListTools.class, output.get(5));
    assertEquals("ask_question", tools.tools().get(0).name());
    assertEquals("object", tools.tools().get(0).inputSchema().path("type").asText());
    assertEquals(
        new McpCall(
            "mcp_1",
            "deepwiki",
            "ask_question",
            "{\"q\":\"lang?\"}",
            "Java",
            null,
            "mcpr_0",
            "completed"),
        output.get(6));
    assertEquals(
        new McpApprovalRequest("mcpr_1", "deepwiki", "ask_question", "{\"q\":\"more?\"}"),
        output.get(7));
    assertInstanceOf(Message.class, output.get(8));
    assertEquals(30, response.usage().reasoningTokens());
    assertEquals(40, response.usage().cachedInputTokens());
  }

  @Test
  void sendsEveryHostedToolItemBackAsTheModelReturnedIt() {
    List<ObjectNode> returned = everyHostedOutputItem();
    stub.enqueue(
        Reply.json(OpenAIStubServer.response("resp_1", null, returned.toArray(new JsonNode[0]))),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "done")));
    ModelResponse first =
        provider.getModel("gpt-4o").getResponse(request(List.of(Message.user("Go")), List.of()));
    List<Item> conversation = new ArrayList<>(List.of(Message.user("Go")));
    conversation.addAll(first.output());
    conversation.add(new McpApprovalResponse("mcpr_1", false, "Not now", null));

    provider.getModel("gpt-4o").getResponse(request(conversation, List.of()));

    JsonNode input = stub.requests().get(1).body().path("input");
    assertEquals(returned.size() + 2, input.size(), input.toString());
    for (int i = 0; i < returned.size(); i++) {
      assertEquals(withoutNulls(returned.get(i)), input.get(i + 1), "item " + i);
    }
    assertEquals(
        Json.parseObject(
            "{\"type\":\"mcp_approval_response\",\"approval_request_id\":\"mcpr_1\","
                + "\"approve\":false,\"reason\":\"Not now\"}"),
        input.get(returned.size() + 1));
  }

  @Test
  void sendsImagesAsInputImageParts() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "A PNG header.")));
    Message question =
        new Message(
            "user",
            List.of(
                new ContentPart.InputText("What are these?"),
                ContentPart.InputImage.ofBytes("image/png", PNG),
                ContentPart.InputImage.ofUrl("https://example.com/cat.jpg").withDetail("high"),
                ContentPart.InputImage.ofFileId("file_img")),
            null);

    provider.getModel("gpt-4o").getResponse(request(List.of(question), List.of()));

    JsonNode content = stub.requests().get(0).body().path("input").get(0).path("content");
    assertEquals(4, content.size(), content.toString());
    assertEquals("input_text", content.get(0).path("type").asText());
    assertEquals("input_image", content.get(1).path("type").asText());
    assertEquals(
        "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
        content.get(1).path("image_url").asText());
    assertEquals("auto", content.get(1).path("detail").asText());
    assertEquals("https://example.com/cat.jpg", content.get(2).path("image_url").asText());
    assertEquals("high", content.get(2).path("detail").asText());
    assertEquals("file_img", content.get(3).path("file_id").asText());
    assertFalse(content.get(3).has("image_url"));
  }

  @Test
  void sendsTheConversationIdAndTheReasoningSummarySetting() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "ok")));
    ModelRequest request =
        new ModelRequest(
                "A",
                "o4-mini",
                null,
                List.of(Message.user("Hi")),
                new ModelSettings(null, null, null, null, null, "high", null)
                    .withReasoningSummary("auto"),
                null,
                null,
                null,
                null)
            .withConversationId("conv_123");

    provider.getModel("o4-mini").getResponse(request);

    JsonNode body = stub.requests().get(0).body();
    assertEquals("conv_123", body.path("conversation").asText());
    assertFalse(body.has("previous_response_id"));
    assertEquals("high", body.path("reasoning").path("effort").asText());
    assertEquals("auto", body.path("reasoning").path("summary").asText());
  }

  @Test
  void mcpHeadersOnlyGoToTheirServer() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "ok")));

    provider
        .getModel("gpt-4o")
        .getResponse(
            request(
                List.of(Message.user("Hi")),
                List.of(
                    HostedTool.mcp("other", "https://other.example/mcp")
                        .withRequireApproval("never"))));

    JsonNode tool = stub.requests().get(0).body().path("tools").get(0);
    assertEquals("never", tool.path("require_approval").asText());
    assertFalse(tool.has("headers"), tool.toString());
    assertTrue(provider.toString().indexOf("mcp-secret") < 0, provider.toString());
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  static ObjectNode withoutNulls(ObjectNode node) {
    ObjectNode copy = node.deepCopy();
    List<String> nulls = new ArrayList<>();
    copy.properties()
        .forEach(
            p -> {
              if (p.getValue().isNull()) {
                nulls.add(p.getKey());
              }
            });
    copy.remove(nulls);
    return copy;
  }
}
