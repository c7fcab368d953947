package dev.durableagents.runtime.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import io.temporal.activity.ActivityOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the builders accept and reject about local MCP servers. */
class McpConfigurationTest {

  @Test
  void agentsKeepTheirServersInOrderAndCopiesKeepThem() {
    AgentDefinition agent =
        AgentDefinition.newBuilder("A").addMcpServer("files").addMcpServer("calc").build();
    assertEquals(List.of("files", "calc"), agent.mcpServers());
    assertEquals(List.of("files", "calc"), agent.toBuilder().build().mcpServers());
    assertEquals(List.of("x"), agent.toBuilder().setMcpServers(List.of("x")).build().mcpServers());
  }

  @Test
  void agentsRejectBlankAndRepeatedServers() {
    assertThrows(
        IllegalArgumentException.class, () -> AgentDefinition.newBuilder("A").addMcpServer(" "));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> AgentDefinition.newBuilder("A").addMcpServer("c").addMcpServer("c").build());
    assertEquals("Agent 'A' names an MCP server twice: [c, c]", twice.getMessage());
  }

  @Test
  void thePluginRejectsTwoServersOfOneName() {
    DurableAgentsPlugin.Builder builder =
        DurableAgentsPlugin.newBuilder()
            .addMcpServer(McpServerProvider.stdio("calc", List.of("calc-server")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                builder.addMcpServer(
                    McpServerProvider.streamableHttp("calc", URI.create("http://localhost/mcp"))));
    assertEquals("Two MCP servers are named 'calc'; names must be unique", e.getMessage());
  }

  @Test
  void providersHaveDefaultOptionsUnlessTheySetTheirOwn() {
    McpServerProvider provider = McpServerProvider.stdio("calc", List.of("calc-server"));
    assertNull(provider.activityOptions());
    assertEquals(
        Duration.ofSeconds(60),
        McpServerProvider.DEFAULT_ACTIVITY_OPTIONS.getStartToCloseTimeout());
    assertEquals(
        5, McpServerProvider.DEFAULT_ACTIVITY_OPTIONS.getRetryOptions().getMaximumAttempts());
    ActivityOptions options =
        ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build();
    assertSame(options, provider.withActivityOptions(options).activityOptions());
    assertThrows(IllegalArgumentException.class, () -> McpServerProvider.stdio("x", List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> McpServerProvider.stdio(" ", List.of("server")));
  }
}
