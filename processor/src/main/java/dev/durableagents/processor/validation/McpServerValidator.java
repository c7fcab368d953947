package dev.durableagents.processor.validation;

import dev.durableagents.processor.model.McpServerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Validates an agent's {@code @McpServer} annotations: each names a server, once. Whether the
 * worker provides the server is known only at run time.
 */
final class McpServerValidator {

  private McpServerValidator() {}

  /** The server names, in declaration order; errors go to {@code report}. */
  static List<McpServerModel> validate(TypeElement agent, Report report) {
    List<String> names = new ArrayList<>();
    List<McpServerModel> servers = new ArrayList<>();
    for (AnnotationMirror server :
        Annotations.repeated(agent, Annotations.MCP_SERVER, Annotations.MCP_SERVERS)) {
      String name = Annotations.string(server, "value");
      if (name.isBlank()) {
        report.error(
            agent,
            server,
            Annotations.explicit(server, "value"),
            ErrorMessages.MCP_SERVER_BLANK,
            agent.getSimpleName());
      } else if (names.contains(name)) {
        report.error(
            agent,
            server,
            Annotations.explicit(server, "value"),
            ErrorMessages.MCP_SERVER_TWICE,
            agent.getSimpleName(),
            name);
      } else {
        names.add(name);
        servers.add(new McpServerModel(name, Annotations.bool(server, "needsApproval")));
      }
    }
    return servers;
  }
}
