package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Chat Completions {@link ChatCompletion} into a {@link ModelResponse}: the first choice's
 * message (its text and refusal as an assistant {@link Message}, then its tool calls as {@link
 * FunctionCall}s) and the token usage.
 *
 * <p>The response has no id: a chat completion id cannot continue a conversation the way a
 * Responses API id can. Fields are read leniently, as OpenAI-compatible servers leave some out.
 */
final class ChatCompletionsResponseMapper {

  private ChatCompletionsResponseMapper() {}

  /** The model response {@code completion} maps to. */
  static ModelResponse toModelResponse(ChatCompletion completion) {
    JsonNode tree = ObjectMappers.jsonMapper().valueToTree(completion);
    return toModelResponse(tree);
  }

  /** The model response a chat completion's JSON maps to. */
  static ModelResponse toModelResponse(JsonNode json) {
    JsonNode message = json.path("choices").path(0).path("message");
    if (!message.isObject()) {
      throw new ModelException(
          "Chat Completions returned no choice with a message",
          OpenAIErrors.INVALID_RESPONSE_ERROR,
          true,
          null,
          null);
    }
    List<Item> output = new ArrayList<>();
    List<ContentPart> parts = new ArrayList<>();
    if (message.path("content").isTextual()) {
      parts.add(new ContentPart.OutputText(message.path("content").asText()));
    }
    if (message.path("refusal").isTextual()) {
      parts.add(new ContentPart.Refusal(message.path("refusal").asText()));
    }
    JsonNode toolCalls = message.path("tool_calls");
    if (!parts.isEmpty() || !toolCalls.isArray() || toolCalls.isEmpty()) {
      output.add(new Message("assistant", parts, null));
    }
    for (JsonNode call : toolCalls) {
      output.add(functionCall(call));
    }
    return new ModelResponse(output, usage(json.path("usage")), null);
  }

  private static FunctionCall functionCall(JsonNode call) {
    JsonNode function = call.path("function");
    String id = call.path("id").asText(null);
    String name = function.path("name").asText(null);
    if (id == null || name == null) {
      throw new ModelException(
          "Chat Completions returned a tool call without "
              + (id == null ? "an id" : "a function name")
              + (name != null ? " (tool '" + name + "')" : ""),
          OpenAIErrors.INVALID_RESPONSE_ERROR,
          true,
          null,
          null);
    }
    return new FunctionCall(id, name, function.path("arguments").asText(""), null);
  }

  /** One call's usage; missing counts are zero, a missing total is prompt plus completion. */
  static Usage usage(JsonNode usage) {
    long input = usage.path("prompt_tokens").asLong(0);
    long output = usage.path("completion_tokens").asLong(0);
    long total = usage.path("total_tokens").asLong(input + output);
    long cached = usage.path("prompt_tokens_details").path("cached_tokens").asLong(0);
    long reasoning = usage.path("completion_tokens_details").path("reasoning_tokens").asLong(0);
    return new Usage(1, input, output, total, cached, reasoning);
  }
}
