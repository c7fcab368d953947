package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The tools a hosted MCP server offers (see {@link HostedTool.Mcp}), as the provider listed them
 * for the model.
 *
 * @param id the item id
 * @param serverLabel the label of the MCP server
 * @param tools the server's tools
 * @param error why the tools could not be listed, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record McpListTools(String id, String serverLabel, List<Tool> tools, String error)
    implements Item {

  public McpListTools {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(serverLabel, "serverLabel");
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

  /**
   * One tool of the server.
   *
   * @param name the tool's name
   * @param description what it does, or {@code null}
   * @param inputSchema the JSON schema of its arguments
   * @param annotations the server's annotations of the tool, or {@code null}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tool(
      String name, String description, ObjectNode inputSchema, ObjectNode annotations) {
    public Tool {
      Objects.requireNonNull(name, "name");
    }
  }
}
