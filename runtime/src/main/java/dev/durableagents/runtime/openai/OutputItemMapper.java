package dev.durableagents.runtime.openai;

import com.openai.core.JsonField;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps one output item of a Responses API response to the conversation items of the runtime.
 *
 * <p>Supported: {@code message} (to an assistant {@link Message} with {@code output_text} and
 * {@code refusal} parts), {@code function_call} (to a {@link FunctionCall}), and through {@link
 * ResponsesItemCodec} reasoning, the calls of hosted tools (web and file search, code interpreter,
 * image generation, MCP) and the MCP list-tools and approval items. Item types the runtime has no
 * record for (computer use, local shell, custom tools, types newer than this client) are skipped.
 *
 * <p>Fields are read leniently, as OpenAI-compatible servers do not always send every field the
 * OpenAI API does; only what a run cannot do without (a function call's {@code call_id} and {@code
 * name}) is required.
 */
final class OutputItemMapper {

  private OutputItemMapper() {}

  /** The item {@code item} maps to, or empty when its type is not supported (yet). */
  static Optional<Item> map(ResponseOutputItem item) {
    if (item.isMessage()) {
      return Optional.of(message(item.asMessage()));
    }
    if (item.isFunctionCall()) {
      return Optional.of(functionCall(item.asFunctionCall()));
    }
    // Reasoning, hosted tool calls and MCP items; item types the runtime does not model: skipped.
    return ResponsesItemCodec.fromOutput(item);
  }

  private static Message message(ResponseOutputMessage message) {
    List<ContentPart> parts = new ArrayList<>();
    for (ResponseOutputMessage.Content content : message._content().asKnown().orElse(List.of())) {
      if (content.isOutputText()) {
        parts.add(new ContentPart.OutputText(content.asOutputText()._text().asKnown().orElse("")));
      } else if (content.isRefusal()) {
        parts.add(new ContentPart.Refusal(content.asRefusal()._refusal().asKnown().orElse("")));
      }
    }
    return new Message("assistant", parts, known(message._id()));
  }

  private static FunctionCall functionCall(ResponseFunctionToolCall call) {
    String callId = known(call._callId());
    String name = known(call._name());
    if (callId == null || name == null) {
      throw new ModelException(
          "OpenAI API returned a function_call without "
              + (callId == null ? "a call_id" : "a name")
              + (name != null ? " (tool '" + name + "')" : ""),
          OpenAIErrors.INVALID_RESPONSE_ERROR,
          true,
          null,
          null);
    }
    String arguments = known(call._arguments());
    return new FunctionCall(callId, name, arguments == null ? "" : arguments, known(call._id()));
  }

  private static String known(JsonField<String> field) {
    return field.asKnown().orElse(null);
  }
}
