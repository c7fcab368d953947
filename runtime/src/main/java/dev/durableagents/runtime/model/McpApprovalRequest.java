package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The provider asks whether it may call a tool of a hosted MCP server whose {@link
 * HostedTool.Mcp#requireApproval()} says so. The run answers it in the workflow with the agent's
 * approval callback and sends the {@link McpApprovalResponse} with the next model call.
 *
 * @param id the item id, which the response refers to
 * @param serverLabel the label of the MCP server
 * @param name the tool the model wants to call
 * @param arguments the arguments, JSON text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record McpApprovalRequest(String id, String serverLabel, String name, String arguments)
    implements Item {

  public McpApprovalRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(serverLabel, "serverLabel");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "" : arguments;
  }
}
