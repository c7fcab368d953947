package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunks of streamed chat completions, as servers send them, added up into a model response. */
class ChatCompletionChunksTest {

  private static ChatCompletionChunk chunk(String json) throws Exception {
    return ObjectMappers.jsonMapper().readValue(json, ChatCompletionChunk.class);
  }

  @Test
  void textChunksWithoutCreatedOrUsageMakeOneMessage() throws Exception {
    // As @dwmkerr/mock-llm sends them: no "created", no usage chunk.
    ChatCompletionChunks chunks = new ChatCompletionChunks();
    assertEquals(
        "Tokyo is",
        chunks.add(
            chunk(
                "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Tokyo"
                    + " is\",\"role\":\"assistant\"},\"finish_reason\":null}]}")));
    assertFalse(chunks.finished());
    assertEquals(
        " sunny.",
        chunks.add(
            chunk(
                "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                    + " sunny.\"},\"finish_reason\":\"stop\"}]}")));
    assertTrue(chunks.finished());
    ModelResponse response = ChatCompletionsResponseMapper.toModelResponse(chunks.completion());
    assertEquals(List.of(Message.assistant("Tokyo is sunny.")), response.output());
    assertEquals(0, response.usage().inputTokens());
  }

  @Test
  void toolCallPiecesAreJoinedByIndexAndTheUsageChunkIsKept() throws Exception {
    ChatCompletionChunks chunks = new ChatCompletionChunks();
    String head =
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",";
    assertNull(
        chunks.add(
            chunk(
                head
                    + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                    + "\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                    + "{\"name\":\"getWeather\",\"arguments\":\"{\\\"ci\"}},"
                    + "{\"index\":1,\"id\":\"call_2\",\"type\":\"function\",\"function\":"
                    + "{\"name\":\"getWeather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}")));
    chunks.add(
        chunk(
            head
                + "\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":["
                + "{\"index\":1,\"function\":{\"arguments\":\"{\\\"city\\\":\\\"Lima\\\"}\"}},"
                + "{\"index\":0,\"function\":{\"arguments\":\"ty\\\":\\\"Oslo\\\"}\"}}]},"
                + "\"finish_reason\":\"tool_calls\"}]}"));
    chunks.add(
        chunk(
            head
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":8,"
                + "\"total_tokens\":29}}"));
    ModelResponse response = ChatCompletionsResponseMapper.toModelResponse(chunks.completion());
    assertEquals(
        List.of(
            new FunctionCall("call_1", "getWeather", "{\"city\":\"Oslo\"}", null),
            new FunctionCall("call_2", "getWeather", "{\"city\":\"Lima\"}", null)),
        response.output());
    assertEquals(21, response.usage().inputTokens());
    assertEquals(8, response.usage().outputTokens());
  }
}
