package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.JsonValue;
import com.openai.models.Reasoning;
import com.openai.models.ReasoningEffort;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFormatTextJsonSchemaConfig;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputContent;
import com.openai.models.responses.ResponseInputImage;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseInputText;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseOutputRefusal;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseTextConfig;
import com.openai.models.responses.ToolChoiceFunction;
import com.openai.models.responses.ToolChoiceOptions;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.OutputSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link ModelRequest} into the openai-java parameters of a Responses API call ({@code POST
 * /responses}).
 *
 * <ul>
 *   <li>Messages of the user, system and developer are easy input messages with {@code input_text}
 *       parts.
 *   <li>Assistant messages are sent as the API accepts them back: with an id (they came from the
 *       model), as the output message they were, with {@code output_text} and {@code refusal}
 *       parts; without one (written by hand), as an easy input message of role {@code assistant}
 *       whose content is the message's text.
 *   <li>Function calls and their outputs are {@code function_call} and {@code function_call_output}
 *       items tied by {@code call_id}.
 *   <li>Function tools and handoffs are function tools; an output schema is a {@code json_schema}
 *       text format; unset settings are left out of the request.
 *   <li>Images are {@code input_image} parts; reasoning, hosted tool call and MCP items go back as
 *       the model returned them (see {@link ResponsesItemCodec}); hosted tools are mapped by {@link
 *       HostedToolMapper}; a conversation id is the {@code conversation} parameter.
 * </ul>
 */
final class ResponsesRequestMapper {

  private ResponsesRequestMapper() {}

  /** The parameters of the call to {@code modelName} for {@code request}. */
  static ResponseCreateParams toParams(String modelName, ModelRequest request) {
    return toParams(modelName, request, Map.of());
  }

  /**
   * The parameters of the call to {@code modelName} for {@code request}, with the worker-side
   * headers of hosted MCP servers ({@code mcpHeaders}, by server label).
   */
  static ResponseCreateParams toParams(
      String modelName, ModelRequest request, Map<String, Map<String, String>> mcpHeaders) {
    ResponseCreateParams.Builder params =
        ResponseCreateParams.builder().model(modelName).inputOfResponse(input(request.input()));
    if (request.instructions() != null) {
      params.instructions(request.instructions());
    }
    List<FunctionToolSpec> tools = new ArrayList<>(request.tools());
    tools.addAll(request.handoffs());
    for (FunctionToolSpec tool : tools) {
      params.addTool(functionTool(tool));
    }
    for (HostedTool tool : request.hostedTools()) {
      params.addTool(HostedToolMapper.toTool(tool, mcpHeaders));
    }
    HostedToolMapper.includes(request.hostedTools()).forEach(params::addInclude);
    if (request.outputSchema() != null) {
      params.text(textFormat(request.outputSchema()));
    }
    settings(params, request.settings(), !tools.isEmpty() || !request.hostedTools().isEmpty());
    if (request.previousResponseId() != null) {
      params.previousResponseId(request.previousResponseId());
    }
    if (request.conversationId() != null) {
      params.conversation(request.conversationId());
    }
    return params.build();
  }

  private static List<ResponseInputItem> input(List<Item> items) {
    List<ResponseInputItem> input = new ArrayList<>(items.size());
    for (Item item : items) {
      input.add(inputItem(item));
    }
    return input;
  }

  /** One conversation item as a Responses API input item. */
  static ResponseInputItem inputItem(Item item) {
    if (item instanceof Message message) {
      return message.role().equals("assistant")
          ? assistantMessage(message)
          : ResponseInputItem.ofEasyInputMessage(inputMessage(message));
    }
    if (item instanceof FunctionCall call) {
      ResponseFunctionToolCall.Builder functionCall =
          ResponseFunctionToolCall.builder()
              .callId(call.callId())
              .name(call.name())
              .arguments(call.arguments());
      if (call.id() != null) {
        functionCall.id(call.id());
      }
      return ResponseInputItem.ofFunctionCall(functionCall.build());
    }
    ResponseInputItem hosted = ResponsesItemCodec.toInput(item);
    if (hosted != null) {
      return hosted;
    }
    FunctionCallOutput output = (FunctionCallOutput) item;
    return ResponseInputItem.ofFunctionCallOutput(
        ResponseInputItem.FunctionCallOutput.builder()
            .callId(output.callId())
            .output(output.output())
            .build());
  }

  private static EasyInputMessage inputMessage(Message message) {
    List<ResponseInputContent> content = new ArrayList<>(message.content().size());
    for (ContentPart part : message.content()) {
      content.add(
          part instanceof ContentPart.InputImage image
              ? ResponseInputContent.ofInputImage(inputImage(image))
              : ResponseInputContent.ofInputText(
                  ResponseInputText.builder().text(text(part)).build()));
    }
    return EasyInputMessage.builder()
        .type(EasyInputMessage.Type.MESSAGE)
        .role(EasyInputMessage.Role.of(message.role()))
        .contentOfResponseInputMessageContentList(content)
        .build();
  }

  private static ResponseInputImage inputImage(ContentPart.InputImage image) {
    ResponseInputImage.Builder builder =
        ResponseInputImage.builder()
            .detail(
                image.detail() != null
                    ? ResponseInputImage.Detail.of(image.detail())
                    : ResponseInputImage.Detail.AUTO);
    if (image.imageUrl() != null) {
      builder.imageUrl(image.imageUrl());
    }
    if (image.fileId() != null) {
      builder.fileId(image.fileId());
    }
    return builder.build();
  }

  private static ResponseInputItem assistantMessage(Message message) {
    if (message.id() == null) {
      StringBuilder text = new StringBuilder();
      for (ContentPart part : message.content()) {
        text.append(text(part));
      }
      return ResponseInputItem.ofEasyInputMessage(
          EasyInputMessage.builder()
              .type(EasyInputMessage.Type.MESSAGE)
              .role(EasyInputMessage.Role.ASSISTANT)
              .content(text.toString())
              .build());
    }
    List<ResponseOutputMessage.Content> content = new ArrayList<>(message.content().size());
    for (ContentPart part : message.content()) {
      content.add(
          part instanceof ContentPart.Refusal refusal
              ? ResponseOutputMessage.Content.ofRefusal(
                  ResponseOutputRefusal.builder().refusal(refusal.refusal()).build())
              : ResponseOutputMessage.Content.ofOutputText(
                  ResponseOutputText.builder().text(text(part)).annotations(List.of()).build()));
    }
    return ResponseInputItem.ofResponseOutputMessage(
        ResponseOutputMessage.builder()
            .id(message.id())
            .status(ResponseOutputMessage.Status.COMPLETED)
            .content(content)
            .build());
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
    return ""; // an image in an assistant message: the API has no place for it
  }

  private static FunctionTool functionTool(FunctionToolSpec spec) {
    FunctionTool.Builder tool =
        FunctionTool.builder()
            .name(spec.name())
            .parameters(
                FunctionTool.Parameters.builder()
                    .additionalProperties(properties(spec.parameters()))
                    .build())
            .strict(spec.strict());
    if (spec.description() != null) {
      tool.description(spec.description());
    }
    return tool.build();
  }

  private static ResponseTextConfig textFormat(OutputSchema schema) {
    return ResponseTextConfig.builder()
        .format(
            ResponseFormatTextJsonSchemaConfig.builder()
                .name(schema.name())
                .schema(
                    ResponseFormatTextJsonSchemaConfig.Schema.builder()
                        .additionalProperties(properties(schema.schema()))
                        .build())
                .strict(schema.strict())
                .build())
        .build();
  }

  private static void settings(
      ResponseCreateParams.Builder params, ModelSettings settings, boolean hasTools) {
    if (settings.temperature() != null) {
      params.temperature(settings.temperature());
    }
    if (settings.topP() != null) {
      params.topP(settings.topP());
    }
    if (settings.maxTokens() != null) {
      params.maxOutputTokens(settings.maxTokens().longValue());
    }
    if (settings.toolChoice() != null) {
      toolChoice(params, settings.toolChoice());
    }
    // As the Agents SDK does: parallel calls are only asked for when there are tools to call.
    if (Boolean.FALSE.equals(settings.parallelToolCalls())) {
      params.parallelToolCalls(false);
    } else if (Boolean.TRUE.equals(settings.parallelToolCalls()) && hasTools) {
      params.parallelToolCalls(true);
    }
    if (settings.reasoningEffort() != null || settings.reasoningSummary() != null) {
      Reasoning.Builder reasoning = Reasoning.builder();
      if (settings.reasoningEffort() != null) {
        reasoning.effort(ReasoningEffort.of(settings.reasoningEffort()));
      }
      if (settings.reasoningSummary() != null) {
        reasoning.summary(Reasoning.Summary.of(settings.reasoningSummary()));
      }
      params.reasoning(reasoning.build());
    }
    if (settings.metadata() != null) {
      ResponseCreateParams.Metadata.Builder metadata = ResponseCreateParams.Metadata.builder();
      // Sorted, so the same settings always make the same request body.
      new TreeMap<>(settings.metadata()).forEach(metadata::putProperty);
      params.metadata(metadata.build());
    }
  }

  private static void toolChoice(ResponseCreateParams.Builder params, String choice) {
    switch (choice) {
      case "auto" -> params.toolChoice(ToolChoiceOptions.AUTO);
      case "required" -> params.toolChoice(ToolChoiceOptions.REQUIRED);
      case "none" -> params.toolChoice(ToolChoiceOptions.NONE);
      default -> params.toolChoice(ToolChoiceFunction.builder().name(choice).build());
    }
  }

  /** The fields of a JSON schema object as openai-java JSON values, in order. */
  private static Map<String, JsonValue> properties(ObjectNode node) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      properties.put(field.getKey(), JsonValue.fromJsonNode(field.getValue()));
    }
    return properties;
  }
}
