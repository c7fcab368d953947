package dev.durableagents.runtime.mcp;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Agents with the filesystem, memory and everything servers. */
public class RealMcpWorkflowImpl implements RealMcpWorkflow {

  static final AgentDefinition FILES =
      AgentDefinition.newBuilder("Files")
          .setInstructions("Read files.")
          .addMcpServer("filesystem")
          .build();

  static final AgentDefinition MEMORY =
      AgentDefinition.newBuilder("Memory")
          .setInstructions("Remember.")
          .addMcpServer("memory")
          .build();

  static final AgentDefinition EVERYTHING_SSE =
      AgentDefinition.newBuilder("Echo").addMcpServer("everything-sse").build();

  private boolean proceed;

  @Override
  public String run(String scenario, String input) {
    switch (scenario) {
      case "filesystem":
        return Runner.<String>run(FILES, input).finalOutput();
      case "memory-run":
        return Runner.<String>run(MEMORY, input).finalOutput();
      case "memory-session":
        try (McpSession memory = McpSession.open("memory")) {
          String first = Runner.<String>run(MEMORY, input).finalOutput();
          Workflow.await(() -> proceed);
          String second = Runner.<String>run(MEMORY, "What do you remember?").finalOutput();
          return first + " | " + second + " | sessions opened: " + memory.sessionsOpened();
        }
      case "prompts-resources":
        {
          List<McpPrompt> prompts = Mcp.listPrompts("everything");
          McpPromptResult prompt =
              Mcp.getPrompt("everything", "args-prompt", Map.of("city", input));
          List<McpResource> resources = Mcp.listResources("everything");
          List<McpResourceContents> contents =
              Mcp.readResource("everything", resources.get(0).uri());
          AgentDefinition agent =
              AgentDefinition.newBuilder("Prompted").setInstructions(prompt.text()).build();
          String answer = Runner.<String>run(agent, "Go").finalOutput();
          return prompts.stream().map(McpPrompt::name).sorted().collect(Collectors.joining(","))
              + " | "
              + prompt.text()
              + " | "
              + resources.get(0).uri()
              + " | "
              + (contents.get(0).text() != null ? "text" : "blob")
              + " | "
              + answer;
        }
      case "session-prompts-resources":
        try (McpSession everything = McpSession.open("everything")) {
          List<McpTool> tools = everything.listTools();
          McpToolResult echo =
              everything.callTool(
                  "echo",
                  com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                      .objectNode()
                      .put("message", input));
          // Mcp.* goes through the workflow's open session.
          McpPromptResult prompt = Mcp.getPrompt("everything", "simple-prompt", Map.of());
          List<McpPrompt> prompts = everything.listPrompts();
          List<McpResource> resources = Mcp.listResources("everything");
          List<McpResourceContents> contents = everything.readResource(resources.get(0).uri());
          return tools.size()
              + " tools | "
              + echo.text()
              + " | "
              + prompts.size()
              + " prompts | "
              + prompt.text()
              + " | "
              + contents.get(0).uri();
        }
      case "sse":
        return Runner.<String>run(EVERYTHING_SSE, input).finalOutput();
      default:
        throw new IllegalArgumentException(scenario);
    }
  }

  @Override
  public void proceed() {
    proceed = true;
  }
}
