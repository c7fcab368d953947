package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.responses.ResponseInputItem;
import dev.durableagents.runtime.model.CodeInterpreterCall;
import dev.durableagents.runtime.model.FileSearchCall;
import dev.durableagents.runtime.model.ImageGenerationCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.McpListTools;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.WebSearchCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Responses API JSON of reasoning, hosted tool call and hosted MCP items, both ways: output
 * items the model returned become {@link Item} records, and those records go back as the input
 * items the API accepts (the same fields, under the same names).
 *
 * <p>Working on the JSON rather than openai-java's classes keeps the shapes in one readable place
 * and tolerates fields that OpenAI-compatible servers leave out.
 */
final class ResponsesItemCodec {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponsesItemCodec() {}

  /** The item an output item of one of these types maps to, else empty. */
  static Optional<Item> fromOutput(Object openAiOutputItem) {
    JsonNode json = ObjectMappers.jsonMapper().valueToTree(openAiOutputItem);
    return json instanceof ObjectNode object ? fromJson(object) : Optional.empty();
  }

  /** The item a Responses API output item's JSON maps to, else empty. */
  static Optional<Item> fromJson(ObjectNode json) {
    String id = text(json, "id");
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (text(json, "type") == null ? "" : text(json, "type")) {
          case "reasoning" ->
              new Reasoning(
                  id,
                  texts(json.path("summary")),
                  texts(json.path("content")),
                  text(json, "encrypted_content"));
          case "web_search_call" ->
              new WebSearchCall(id, text(json, "status"), object(json, "action"));
          case "file_search_call" ->
              new FileSearchCall(
                  id, text(json, "status"), strings(json.path("queries")), fileResults(json));
          case "code_interpreter_call" ->
              new CodeInterpreterCall(
                  id,
                  text(json, "status"),
                  text(json, "code"),
                  text(json, "container_id"),
                  codeOutputs(json));
          case "image_generation_call" ->
              new ImageGenerationCall(id, text(json, "status"), text(json, "result"));
          case "mcp_call" ->
              new McpCall(
                  id,
                  required(json, "server_label"),
                  required(json, "name"),
                  text(json, "arguments"),
                  text(json, "output"),
                  text(json, "error"),
                  text(json, "approval_request_id"),
                  text(json, "status"));
          case "mcp_list_tools" ->
              new McpListTools(
                  id, required(json, "server_label"), mcpTools(json), text(json, "error"));
          case "mcp_approval_request" ->
              new McpApprovalRequest(
                  id,
                  required(json, "server_label"),
                  required(json, "name"),
                  text(json, "arguments"));
          case "mcp_approval_response" ->
              new McpApprovalResponse(
                  required(json, "approval_request_id"),
                  json.path("approve").asBoolean(false),
                  text(json, "reason"),
                  id);
          default -> null;
        });
  }

  /**
   * The input item of one of these records, as the Responses API accepts it back; {@code null} when
   * {@code item} is not one of them.
   */
  static ResponseInputItem toInput(Item item) {
    ObjectNode json = toJson(item);
    return json == null
        ? null
        : ObjectMappers.jsonMapper().convertValue(json, ResponseInputItem.class);
  }

  /** The input item JSON of one of these records, else {@code null}. */
  static ObjectNode toJson(Item item) {
    ObjectNode json = NODES.objectNode();
    if (item instanceof Reasoning r) {
      json.put("type", "reasoning").put("id", r.id());
      ArrayNode summary = json.putArray("summary");
      r.summary().forEach(t -> summary.addObject().put("type", "summary_text").put("text", t));
      if (!r.content().isEmpty()) {
        ArrayNode content = json.putArray("content");
        r.content().forEach(t -> content.addObject().put("type", "reasoning_text").put("text", t));
      }
      putIf(json, "encrypted_content", r.encryptedContent());
    } else if (item instanceof WebSearchCall w) {
      json.put("type", "web_search_call").put("id", w.id());
      putIf(json, "status", w.status());
      if (w.action() != null) {
        json.set("action", w.action());
      }
    } else if (item instanceof FileSearchCall f) {
      json.put("type", "file_search_call").put("id", f.id());
      putIf(json, "status", f.status());
      ArrayNode queries = json.putArray("queries");
      f.queries().forEach(queries::add);
      if (!f.results().isEmpty()) {
        ArrayNode results = json.putArray("results");
        for (FileSearchCall.Result r : f.results()) {
          ObjectNode result = results.addObject();
          putIf(result, "file_id", r.fileId());
          putIf(result, "filename", r.filename());
          if (r.score() != null) {
            result.put("score", r.score());
          }
          putIf(result, "text", r.text());
          if (r.attributes() != null) {
            result.set("attributes", r.attributes());
          }
        }
      }
    } else if (item instanceof CodeInterpreterCall c) {
      json.put("type", "code_interpreter_call").put("id", c.id());
      putIf(json, "status", c.status());
      json.put("code", c.code());
      json.put("container_id", c.containerId());
      ArrayNode outputs = json.putArray("outputs");
      for (CodeInterpreterCall.Output o : c.outputs()) {
        ObjectNode output = outputs.addObject().put("type", o.type());
        putIf(output, "logs", o.logs());
        putIf(output, "url", o.url());
      }
    } else if (item instanceof ImageGenerationCall i) {
      json.put("type", "image_generation_call").put("id", i.id());
      putIf(json, "status", i.status());
      json.put("result", i.result());
    } else if (item instanceof McpCall m) {
      json.put("type", "mcp_call").put("id", m.id()).put("server_label", m.serverLabel());
      json.put("name", m.name()).put("arguments", m.arguments());
      putIf(json, "output", m.output());
      putIf(json, "error", m.error());
      putIf(json, "approval_request_id", m.approvalRequestId());
      putIf(json, "status", m.status());
    } else if (item instanceof McpListTools l) {
      json.put("type", "mcp_list_tools").put("id", l.id()).put("server_label", l.serverLabel());
      ArrayNode tools = json.putArray("tools");
      for (McpListTools.Tool t : l.tools()) {
        ObjectNode tool = tools.addObject().put("name", t.name());
        putIf(tool, "description", t.description());
        tool.set("input_schema", t.inputSchema() != null ? t.inputSchema() : NODES.objectNode());
        if (t.annotations() != null) {
          tool.set("annotations", t.annotations());
        }
      }
      putIf(json, "error", l.error());
    } else if (item instanceof McpApprovalRequest r) {
      json.put("type", "mcp_approval_request").put("id", r.id());
      json.put("server_label", r.serverLabel()).put("name", r.name());
      json.put("arguments", r.arguments());
    } else if (item instanceof McpApprovalResponse r) {
      json.put("type", "mcp_approval_response");
      putIf(json, "id", r.id());
      json.put("approval_request_id", r.approvalRequestId()).put("approve", r.approve());
      putIf(json, "reason", r.reason());
    } else {
      return null;
    }
    return json;
  }

  private static List<FileSearchCall.Result> fileResults(JsonNode json) {
    List<FileSearchCall.Result> results = new ArrayList<>();
    for (JsonNode r : json.path("results")) {
      results.add(
          new FileSearchCall.Result(
              text(r, "file_id"),
              text(r, "filename"),
              score(r.path("score")),
              text(r, "text"),
              object(r, "attributes")));
    }
    return results;
  }

  /** A score as its decimal text reads: openai-java holds it as a float (0.93f, not 0.9300...). */
  private static Double score(JsonNode score) {
    return score.isNumber() ? Double.valueOf(score.asText()) : null;
  }

  private static List<CodeInterpreterCall.Output> codeOutputs(JsonNode json) {
    List<CodeInterpreterCall.Output> outputs = new ArrayList<>();
    for (JsonNode o : json.path("outputs")) {
      String type = text(o, "type");
      if (type != null) {
        outputs.add(new CodeInterpreterCall.Output(type, text(o, "logs"), text(o, "url")));
      }
    }
    return outputs;
  }

  private static List<McpListTools.Tool> mcpTools(JsonNode json) {
    List<McpListTools.Tool> tools = new ArrayList<>();
    for (JsonNode t : json.path("tools")) {
      String name = text(t, "name");
      if (name != null) {
        tools.add(
            new McpListTools.Tool(
                name, text(t, "description"), object(t, "input_schema"), object(t, "annotations")));
      }
    }
    return tools;
  }

  /** The {@code text} of each part of an array such as a reasoning summary. */
  private static List<String> texts(JsonNode parts) {
    List<String> texts = new ArrayList<>();
    for (JsonNode part : parts) {
      String text = text(part, "text");
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    for (JsonNode value : array) {
      if (value.isTextual()) {
        strings.add(value.asText());
      }
    }
    return strings;
  }

  /** A field's text: a string as it is, another value as JSON, null or missing as null. */
  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String required(JsonNode json, String field) {
    String value = text(json, field);
    return value != null ? value : "";
  }

  private static ObjectNode object(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value instanceof ObjectNode object ? object.deepCopy() : null;
  }

  private static void putIf(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
