package dev.durableagents.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.internal.Json;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records that cross the model activity boundary survive Temporal's default (Jackson) data
 * converter, with readable type names, and older payloads still read.
 */
class ModelRecordsSerializationTest {

  static final DataConverter CONVERTER = DefaultDataConverter.STANDARD_INSTANCE;

  static List<Item> everyItem() {
    return List.of(
        new Message(
            "user",
            List.of(
                new ContentPart.InputText("What is this?"),
                ContentPart.InputImage.ofBytes("image/png", new byte[] {1, 2, 3}),
                ContentPart.InputImage.ofUrl("https://example.com/a.png").withDetail("low"),
                ContentPart.InputImage.ofFileId("file_1")),
            null),
        new Reasoning("rs_1", List.of("Thinking."), List.of(), "enc"),
        new WebSearchCall(
            "ws_1", "completed", Json.parseObject("{\"type\":\"search\",\"query\":\"q\"}")),
        new FileSearchCall(
            "fs_1",
            "completed",
            List.of("q"),
            List.of(
                new FileSearchCall.Result(
                    "file_1", "a.txt", 0.5, "text", Json.parseObject("{\"k\":\"v\"}")))),
        new CodeInterpreterCall(
            "ci_1",
            "completed",
            "print(1)",
            "cntr_1",
            List.of(new CodeInterpreterCall.Output("logs", "1", null))),
        new ImageGenerationCall("ig_1", "completed", "AQID"),
        new McpCall("mcp_1", "deepwiki", "ask", "{}", "answer", null, "mcpr_1", "completed"),
        new McpListTools(
            "mcpl_1",
            "deepwiki",
            List.of(
                new McpListTools.Tool(
                    "ask", "Ask", Json.parseObject("{\"type\":\"object\"}"), null)),
            null),
        new McpApprovalRequest("mcpr_1", "deepwiki", "ask", "{}"),
        new McpApprovalResponse("mcpr_1", true, "fine", null));
  }

  @Test
  void everyItemRoundTripsWithItsTypeName() {
    ModelResponse response = new ModelResponse(everyItem(), Usage.ofRequest(1, 2), "resp_1");
    Payload payload = CONVERTER.toPayload(response).orElseThrow();
    String json = payload.getData().toString(StandardCharsets.UTF_8);
    for (String type :
        List.of(
            "\"type\":\"input_image\"",
            "\"type\":\"reasoning\"",
            "\"type\":\"web_search_call\"",
            "\"type\":\"file_search_call\"",
            "\"type\":\"code_interpreter_call\"",
            "\"type\":\"image_generation_call\"",
            "\"type\":\"mcp_call\"",
            "\"type\":\"mcp_list_tools\"",
            "\"type\":\"mcp_approval_request\"",
            "\"type\":\"mcp_approval_response\"")) {
      assertTrue(json.contains(type), type + " in " + json);
    }

    ModelResponse back = CONVERTER.fromPayload(payload, ModelResponse.class, ModelResponse.class);

    assertEquals(response, back);
    assertArrayEquals(
        new byte[] {1, 2, 3}, ((ImageGenerationCall) back.output().get(5)).imageBytes());
    assertEquals("q", ((WebSearchCall) back.output().get(2)).query());
  }

  @Test
  void aRequestWithHostedToolsRoundTrips() {
    ModelRequest request =
        new ModelRequest(
                "Researcher",
                "gpt-4o",
                null,
                everyItem(),
                ModelSettings.DEFAULT.withReasoningSummary("auto"),
                null,
                null,
                null,
                null)
            .withHostedTools(
                List.of(
                    HostedTool.webSearch()
                        .withUserLocation(
                            new HostedTool.WebSearch.UserLocation("London", null, "GB", null))
                        .withSearchContextSize("low"),
                    HostedTool.fileSearch("vs_1").withMaxNumResults(3).withSearchResults(),
                    HostedTool.codeInterpreter().withFileIds(List.of("file_1")),
                    HostedTool.imageGeneration().withQuality("low").withSize("1024x1024"),
                    HostedTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp")
                        .withAllowedTools(List.of("ask"))
                        .withRequireApproval("always")))
            .withConversationId("conv_1");

    Payload payload = CONVERTER.toPayload(request).orElseThrow();
    ModelRequest back = CONVERTER.fromPayload(payload, ModelRequest.class, ModelRequest.class);

    assertEquals(request, back);
    String json = payload.getData().toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"type\":\"web_search\""), json);
    assertTrue(json.contains("\"conversationId\":\"conv_1\""), json);
  }

  @Test
  void aRequestRecordedBeforeHostedToolsStillReads() {
    String old =
        "{\"agentName\":\"A\",\"model\":\"gpt-4o\",\"input\":[{\"type\":\"message\","
            + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hi\"}]}],"
            + "\"settings\":{\"temperature\":0.5},\"tools\":[],\"handoffs\":[]}";
    Payload payload =
        CONVERTER.toPayload(old).orElseThrow().toBuilder()
            .setData(com.google.protobuf.ByteString.copyFromUtf8(old))
            .build();

    ModelRequest request = CONVERTER.fromPayload(payload, ModelRequest.class, ModelRequest.class);

    assertEquals(List.of(), request.hostedTools());
    assertNull(request.conversationId());
    assertNull(request.settings().reasoningSummary());
    assertEquals(0.5, request.settings().temperature());
    assertEquals(List.of(Message.user("Hi")), request.input());
  }

  @Test
  void aRequestWithAConversationReferenceRoundTripsAndAWholeOneHasNone() {
    ModelRequest whole =
        new ModelRequest("A", "gpt-4o", null, everyItem(), null, null, null, null, null);
    ModelRequest delta =
        whole
            .withInput(List.of(Message.user("And now?")))
            .withConversationRef(new ConversationRef("wf/run/2", "wf/run/1", 4));

    Payload payload = CONVERTER.toPayload(delta).orElseThrow();
    ModelRequest back = CONVERTER.fromPayload(payload, ModelRequest.class, ModelRequest.class);

    assertEquals(delta, back);
    String json = payload.getData().toString(StandardCharsets.UTF_8);
    assertTrue(
        json.contains(
            "\"conversationRef\":{\"key\":\"wf/run/2\",\"baseKey\":\"wf/run/1\",\"baseCount\":4}"),
        json);
    // A request whose input is whole is written as before references existed.
    String wholeJson =
        CONVERTER.toPayload(whole).orElseThrow().getData().toString(StandardCharsets.UTF_8);
    assertTrue(!wholeJson.contains("conversationRef"), wholeJson);
    assertEquals(
        "{\"key\":\"k\"}",
        CONVERTER
            .toPayload(ConversationRef.whole("k"))
            .orElseThrow()
            .getData()
            .toString(StandardCharsets.UTF_8));
  }

  @Test
  void conversationReferencesNameTheirBaseWholly() {
    assertThrows(IllegalArgumentException.class, () -> new ConversationRef("k", "b", null));
    assertThrows(IllegalArgumentException.class, () -> new ConversationRef("k", null, 3));
    assertThrows(IllegalArgumentException.class, () -> new ConversationRef("k", "b", 0));
    assertThrows(NullPointerException.class, () -> ConversationRef.whole(null));
  }

  @Test
  void invalidConfigurationsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new ContentPart.InputImage(null, null, null));
    assertThrows(IllegalArgumentException.class, () -> HostedTool.fileSearch());
    assertThrows(
        IllegalArgumentException.class, () -> HostedTool.fileSearch("vs").withMaxNumResults(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> HostedTool.mcp("x", "https://x").withRequireApproval("sometimes"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HostedTool.Mcp("x", "https://x", "connector_gmail", null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HostedTool.CodeInterpreter("cntr", List.of("f"), false));
    assertEquals(
        "connector_gmail", HostedTool.Mcp.connector("gmail", "connector_gmail").connectorId());
  }
}
