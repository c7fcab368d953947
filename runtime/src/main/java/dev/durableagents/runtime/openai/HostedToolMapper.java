package dev.durableagents.runtime.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.responses.ResponseIncludable;
import com.openai.models.responses.Tool;
import dev.durableagents.runtime.model.HostedTool;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns {@link HostedTool} configurations into the tools of a Responses API request, in the JSON
 * shape the API documents ({@code {"type": "web_search", ...}}), and says which extra output the
 * request must {@code include} for them.
 *
 * <p>Credentials of hosted MCP servers are not part of the configuration (it is in the workflow
 * history): they are added here, on the worker, from the provider's {@code putHostedMcpHeader}.
 */
final class HostedToolMapper {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostedToolMapper() {}

  /** The request tool of {@code tool}; {@code mcpHeaders} maps server labels to their headers. */
  static Tool toTool(HostedTool tool, Map<String, Map<String, String>> mcpHeaders) {
    return ObjectMappers.jsonMapper().convertValue(toJson(tool, mcpHeaders), Tool.class);
  }

  /** The request tool JSON of {@code tool}. */
  static ObjectNode toJson(HostedTool tool, Map<String, Map<String, String>> mcpHeaders) {
    ObjectNode json = NODES.objectNode();
    if (tool instanceof HostedTool.WebSearch w) {
      json.put("type", "web_search");
      if (w.userLocation() != null) {
        ObjectNode location = json.putObject("user_location").put("type", "approximate");
        putIf(location, "city", w.userLocation().city());
        putIf(location, "region", w.userLocation().region());
        putIf(location, "country", w.userLocation().country());
        putIf(location, "timezone", w.userLocation().timezone());
      }
      putIf(json, "search_context_size", w.searchContextSize());
      if (w.allowedDomains() != null) {
        strings(json.putObject("filters").putArray("allowed_domains"), w.allowedDomains());
      }
    } else if (tool instanceof HostedTool.FileSearch f) {
      json.put("type", "file_search");
      strings(json.putArray("vector_store_ids"), f.vectorStoreIds());
      if (f.maxNumResults() != null) {
        json.put("max_num_results", f.maxNumResults());
      }
      if (f.filters() != null) {
        json.set("filters", f.filters());
      }
    } else if (tool instanceof HostedTool.CodeInterpreter c) {
      json.put("type", "code_interpreter");
      if (c.containerId() != null) {
        json.put("container", c.containerId());
      } else {
        ObjectNode container = json.putObject("container").put("type", "auto");
        if (c.fileIds() != null) {
          strings(container.putArray("file_ids"), c.fileIds());
        }
      }
    } else if (tool instanceof HostedTool.ImageGeneration i) {
      json.put("type", "image_generation");
      putIf(json, "quality", i.quality());
      putIf(json, "size", i.size());
      putIf(json, "output_format", i.outputFormat());
      putIf(json, "background", i.background());
      putIf(json, "model", i.model());
    } else if (tool instanceof HostedTool.Mcp m) {
      json.put("type", "mcp").put("server_label", m.serverLabel());
      putIf(json, "server_url", m.serverUrl());
      putIf(json, "connector_id", m.connectorId());
      putIf(json, "server_description", m.serverDescription());
      if (m.allowedTools() != null) {
        strings(json.putArray("allowed_tools"), m.allowedTools());
      }
      putIf(json, "require_approval", m.requireApproval());
      Map<String, String> headers = mcpHeaders.get(m.serverLabel());
      if (headers != null && !headers.isEmpty()) {
        ObjectNode node = json.putObject("headers");
        new TreeMap<>(headers).forEach(node::put);
      }
    }
    return json;
  }

  /** What the request must {@code include} for these tools' call items to carry their details. */
  static List<ResponseIncludable> includes(List<HostedTool> tools) {
    Set<ResponseIncludable> includes = new LinkedHashSet<>();
    for (HostedTool tool : tools) {
      if (tool instanceof HostedTool.FileSearch f && f.includeSearchResults()) {
        includes.add(ResponseIncludable.FILE_SEARCH_CALL_RESULTS);
      } else if (tool instanceof HostedTool.CodeInterpreter c && c.includeOutputs()) {
        includes.add(ResponseIncludable.CODE_INTERPRETER_CALL_OUTPUTS);
      }
    }
    return List.copyOf(includes);
  }

  /** The hosted tool's type, as the API names it, for messages. */
  static String typeName(HostedTool tool) {
    if (tool instanceof HostedTool.WebSearch) {
      return "web_search";
    }
    if (tool instanceof HostedTool.FileSearch) {
      return "file_search";
    }
    if (tool instanceof HostedTool.CodeInterpreter) {
      return "code_interpreter";
    }
    if (tool instanceof HostedTool.ImageGeneration) {
      return "image_generation";
    }
    return "mcp (server '" + ((HostedTool.Mcp) tool).serverLabel() + "')";
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putIf(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
