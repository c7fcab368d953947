package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionChunk;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the chunks of a streamed chat completion into the JSON of the completion they make (first
 * choice only: the loop asks for one), for {@link ChatCompletionsResponseMapper}. It reads fields
 * as leniently as the mapper does: OpenAI-compatible servers leave some out (openai-java's {@code
 * ChatCompletionAccumulator} refuses chunks without {@code created}, which some send).
 */
final class ChatCompletionChunks {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final StringBuilder content = new StringBuilder();
  private final StringBuilder refusal = new StringBuilder();
  private boolean hasContent;
  private boolean hasRefusal;
  // Tool calls by their index in the message: id, name, and the arguments' pieces.
  private final Map<Integer, ObjectNode> toolCalls = new TreeMap<>();
  private final Map<Integer, StringBuilder> arguments = new TreeMap<>();
  private JsonNode usage;
  private String finishReason;
  private String id;

  /** Adds {@code chunk}; returns the text its first choice adds to the message, or {@code null}. */
  String add(ChatCompletionChunk chunk) {
    JsonNode json = ObjectMappers.jsonMapper().valueToTree(chunk);
    if (id == null && json.path("id").isTextual()) {
      id = json.path("id").asText();
    }
    if (json.path("usage").isObject()) {
      usage = json.path("usage");
    }
    String text = null;
    for (JsonNode choice : json.path("choices")) {
      if (choice.path("index").asInt(0) != 0) {
        continue;
      }
      if (choice.path("finish_reason").isTextual()) {
        finishReason = choice.path("finish_reason").asText();
      }
      JsonNode delta = choice.path("delta");
      if (delta.path("content").isTextual()) {
        hasContent = true;
        text = delta.path("content").asText();
        content.append(text);
      }
      if (delta.path("refusal").isTextual()) {
        hasRefusal = true;
        refusal.append(delta.path("refusal").asText());
      }
      for (JsonNode call : delta.path("tool_calls")) {
        int index = call.path("index").asInt(0);
        ObjectNode merged = toolCalls.computeIfAbsent(index, i -> NODES.objectNode());
        StringBuilder args = arguments.computeIfAbsent(index, i -> new StringBuilder());
        if (call.path("id").isTextual()) {
          merged.put("id", call.path("id").asText());
        }
        JsonNode function = call.path("function");
        if (function.path("name").isTextual()) {
          merged.put("name", function.path("name").asText());
        }
        if (function.path("arguments").isTextual()) {
          args.append(function.path("arguments").asText());
        }
      }
    }
    return text == null || text.isEmpty() ? null : text;
  }

  /** Whether the first choice finished ({@code finish_reason} seen). */
  boolean finished() {
    return finishReason != null;
  }

  /** The completion the chunks make, as JSON. */
  JsonNode completion() {
    ObjectNode completion = NODES.objectNode();
    completion.put("id", id);
    completion.put("object", "chat.completion");
    ObjectNode choice = completion.putArray("choices").addObject();
    choice.put("index", 0);
    choice.put("finish_reason", finishReason);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    if (hasContent) {
      message.put("content", content.toString());
    } else {
      message.putNull("content");
    }
    if (hasRefusal) {
      message.put("refusal", refusal.toString());
    }
    if (!toolCalls.isEmpty()) {
      var calls = message.putArray("tool_calls");
      toolCalls.forEach(
          (index, call) -> {
            ObjectNode out = calls.addObject();
            if (call.has("id")) {
              out.put("id", call.path("id").asText());
            }
            out.put("type", "function");
            ObjectNode function = out.putObject("function");
            if (call.has("name")) {
              function.put("name", call.path("name").asText());
            }
            function.put("arguments", arguments.get(index).toString());
          });
    }
    if (usage != null) {
      completion.set("usage", usage);
    }
    return completion;
  }
}
