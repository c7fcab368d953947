package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionTool;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.OutputSchema;
import dev.durableagents.runtime.model.Reasoning;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns a {@link ModelRequest} into the openai-java parameters of a Chat Completions call ({@code
 * POST /chat/completions}), for OpenAI and OpenAI-compatible servers (Ollama, vLLM, LiteLLM, ...).
 *
 * <ul>
 *   <li>The instructions are the first message, of role {@code system}.
 *   <li>User, system and developer messages keep their role; a user message of one text part has
 *       string content, one with images an array of {@code text} and {@code image_url} parts.
 *   <li>Function calls become the {@code tool_calls} of an assistant message (the one the model
 *       wrote just before them, if any); their outputs are {@code tool} messages.
 *   <li>Reasoning items are left out: the API has no place for them.
 *   <li>What the API cannot express fails the call with a non-retryable {@link
 *       OpenAIErrors#UNSUPPORTED_REQUEST_ERROR}, rather than being dropped: hosted tools, hosted
 *       tool call items, previous response and conversation ids, images in non-user messages.
 * </ul>
 */
final class ChatCompletionsRequestMapper {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChatCompletionsRequestMapper() {}

  /**
   * The parameters of the call to {@code modelName} for {@code request}.
   *
   * @throws ModelException of type {@link OpenAIErrors#UNSUPPORTED_REQUEST_ERROR} when the request
   *     needs what Chat Completions cannot do
   */
  static ChatCompletionCreateParams toParams(String modelName, ModelRequest request) {
    checkSupported(request);
    ChatCompletionCreateParams.Builder params =
        ChatCompletionCreateParams.builder().model(modelName);
    for (ObjectNode message : messages(request)) {
      params.addMessage(convert(message, ChatCompletionMessageParam.class));
    }
    List<FunctionToolSpec> tools = new ArrayList<>(request.tools());
    tools.addAll(request.handoffs());
    for (FunctionToolSpec tool : tools) {
      params.addTool(convert(functionTool(tool), ChatCompletionTool.class));
    }
    if (request.outputSchema() != null) {
      params.responseFormat(
          convert(
              responseFormat(request.outputSchema()),
              ChatCompletionCreateParams.ResponseFormat.class));
    }
    settings(params, request.settings(), !tools.isEmpty());
    return params.build();
  }

  /** The messages of the request, as Chat Completions JSON. */
  static List<ObjectNode> messages(ModelRequest request) {
    List<ObjectNode> messages = new ArrayList<>();
    if (request.instructions() != null) {
      messages.add(NODES.objectNode().put("role", "system").put("content", request.instructions()));
    }
    ObjectNode assistant = null; // the assistant message later function calls join
    for (Item item : request.input()) {
      if (item instanceof Message message) {
        ObjectNode json = message(message, request.agentName());
        messages.add(json);
        assistant = message.role().equals("assistant") ? json : null;
      } else if (item instanceof FunctionCall call) {
        if (assistant == null) {
          assistant = NODES.objectNode().put("role", "assistant").putNull("content");
          messages.add(assistant);
        }
        ArrayNode calls =
            assistant.has("tool_calls")
                ? (ArrayNode) assistant.get("tool_calls")
                : assistant.putArray("tool_calls");
        ObjectNode toolCall = calls.addObject().put("id", call.callId()).put("type", "function");
        toolCall.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      } else if (item instanceof FunctionCallOutput output) {
        messages.add(
            NODES
                .objectNode()
                .put("role", "tool")
                .put("tool_call_id", output.callId())
                .put("content", output.output()));
        assistant = null;
      } else if (!(item instanceof Reasoning)) {
        throw unsupported(
            "agent '"
                + request.agentName()
                + "' sent a "
                + itemType(item)
                + " item, which only the Responses API has");
      }
    }
    return messages;
  }

  private static ObjectNode message(Message message, String agentName) {
    ObjectNode json = NODES.objectNode().put("role", message.role());
    boolean textOnly =
        message.content().stream().noneMatch(ContentPart.InputImage.class::isInstance);
    if (message.role().equals("assistant")) {
      StringBuilder text = new StringBuilder();
      StringBuilder refusal = new StringBuilder();
      for (ContentPart part : message.content()) {
        if (part instanceof ContentPart.Refusal r) {
          refusal.append(r.refusal());
        } else {
          text.append(text(part));
        }
      }
      if (text.length() > 0 || refusal.length() == 0) {
        json.put("content", text.toString());
      }
      if (refusal.length() > 0) {
        json.put("refusal", refusal.toString());
      }
    } else if (textOnly) {
      StringBuilder text = new StringBuilder();
      message.content().forEach(part -> text.append(text(part)));
      json.put("content", text.toString());
    } else if (message.role().equals("user")) {
      ArrayNode parts = json.putArray("content");
      for (ContentPart part : message.content()) {
        if (part instanceof ContentPart.InputImage image) {
          parts.add(imagePart(image, agentName));
        } else {
          parts.addObject().put("type", "text").put("text", text(part));
        }
      }
    } else {
      throw unsupported(
          "agent '" + agentName + "' sent an image in a " + message.role() + " message");
    }
    return json;
  }

  private static ObjectNode imagePart(ContentPart.InputImage image, String agentName) {
    if (image.imageUrl() == null) {
      throw unsupported(
          "agent '"
              + agentName
              + "' sent an image by file id ("
              + image.fileId()
              + "); Chat Completions takes images by URL or data URL");
    }
    ObjectNode part = NODES.objectNode().put("type", "image_url");
    ObjectNode url = part.putObject("image_url").put("url", image.imageUrl());
    if (image.detail() != null) {
      url.put("detail", image.detail());
    }
    return part;
  }

  private static ObjectNode functionTool(FunctionToolSpec spec) {
    ObjectNode tool = NODES.objectNode().put("type", "function");
    ObjectNode function = tool.putObject("function").put("name", spec.name());
    if (spec.description() != null) {
      function.put("description", spec.description());
    }
    function.set("parameters", spec.parameters());
    function.put("strict", spec.strict());
    return tool;
  }

  private static ObjectNode responseFormat(OutputSchema schema) {
    ObjectNode format = NODES.objectNode().put("type", "json_schema");
    format
        .putObject("json_schema")
        .put("name", schema.name())
        .put("strict", schema.strict())
        .set("schema", schema.schema());
    return format;
  }

  private static void settings(
      ChatCompletionCreateParams.Builder params, ModelSettings settings, boolean hasTools) {
    if (settings.temperature() != null) {
      params.temperature(settings.temperature());
    }
    if (settings.topP() != null) {
      params.topP(settings.topP());
    }
    if (settings.maxTokens() != null) {
      // max_tokens, as the Agents SDK sends it: OpenAI-compatible servers read it, while some
      // (Ollama) ignore max_completion_tokens, which would silently lift the limit. OpenAI's
      // reasoning models want max_completion_tokens; they are best used on the Responses API
      // (max_output_tokens). Written as a body property: openai-java deprecates maxTokens(...).
      params.putAdditionalBodyProperty(
          "max_tokens", JsonValue.from(settings.maxTokens().longValue()));
    }
    if (settings.toolChoice() != null) {
      params.toolChoice(
          convert(toolChoice(settings.toolChoice()), ChatCompletionToolChoiceOption.class));
    }
    // As the Agents SDK does: parallel calls are only asked for when there are tools to call.
    if (Boolean.FALSE.equals(settings.parallelToolCalls())) {
      params.parallelToolCalls(false);
    } else if (Boolean.TRUE.equals(settings.parallelToolCalls()) && hasTools) {
      params.parallelToolCalls(true);
    }
    if (settings.reasoningEffort() != null) {
      params.reasoningEffort(ReasoningEffort.of(settings.reasoningEffort()));
    }
    if (settings.metadata() != null) {
      ChatCompletionCreateParams.Metadata.Builder metadata =
          ChatCompletionCreateParams.Metadata.builder();
      new TreeMap<>(settings.metadata()).forEach(metadata::putProperty);
      params.metadata(metadata.build());
    }
    // reasoningSummary: Chat Completions returns no reasoning items to summarize.
  }

  private static JsonNode toolChoice(String choice) {
    return switch (choice) {
      case "auto", "required", "none" -> NODES.textNode(choice);
      default -> {
        ObjectNode named = NODES.objectNode().put("type", "function");
        named.putObject("function").put("name", choice);
        yield named;
      }
    };
  }

  private static void checkSupported(ModelRequest request) {
    if (!request.hostedTools().isEmpty()) {
      throw unsupported(
          "agent '"
              + request.agentName()
              + "' has the hosted tool "
              + HostedToolMapper.typeName(request.hostedTools().get(0))
              + ", which only the Responses API runs; use the Responses API (OpenAIProvider's"
              + " default) for this agent, or remove the tool");
    }
    if (request.previousResponseId() != null || request.conversationId() != null) {
      throw unsupported(
          "agent '"
              + request.agentName()
              + "' continues a server-side conversation ("
              + (request.previousResponseId() != null
                  ? "previous response id " + request.previousResponseId()
                  : "conversation id " + request.conversationId())
              + "), which only the Responses API keeps; run without it");
    }
  }

  private static String itemType(Item item) {
    ObjectNode json = ResponsesItemCodec.toJson(item);
    return json != null ? json.path("type").asText() : item.getClass().getSimpleName();
  }

  private static String text(ContentPart part) {
    if (part instanceof ContentPart.InputText t) {
      return t.text();
    }
    if (part instanceof ContentPart.OutputText t) {
      return t.text();
    }
    if (part instanceof ContentPart.Refusal r) {
      return r.refusal();
    }
    return "";
  }

  private static ModelException unsupported(String what) {
    return new ModelException(
        "Chat Completions cannot run this request: " + what,
        OpenAIErrors.UNSUPPORTED_REQUEST_ERROR,
        false,
        null,
        null);
  }

  private static <T> T convert(JsonNode json, Class<T> type) {
    return ObjectMappers.jsonMapper().convertValue(json, type);
  }
}
