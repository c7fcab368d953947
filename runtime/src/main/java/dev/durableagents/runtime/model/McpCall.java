package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A tool of a hosted MCP server (see {@link HostedTool.Mcp}) that the provider called for the
 * model.
 *
 * @param id the item id
 * @param serverLabel the label of the MCP server
 * @param name the tool's name
 * @param arguments the arguments, JSON text
 * @param output what the tool returned, or {@code null}
 * @param error the tool's error, or {@code null}
 * @param approvalRequestId the {@link McpApprovalRequest} this call was approved by, or {@code
 *     null}
 * @param status {@code "completed"}, {@code "failed"}, ..., or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record McpCall(
    String id,
    String serverLabel,
    String name,
    String arguments,
    String output,
    String error,
    String approvalRequestId,
    String status)
    implements HostedToolCall {

  public McpCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(serverLabel, "serverLabel");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "" : arguments;
  }
}
