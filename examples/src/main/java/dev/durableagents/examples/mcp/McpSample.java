package dev.durableagents.examples.mcp;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.mcp.McpServerProvider;
import java.util.List;

/**
 * A sample of the {@code mcp} folder: its plugin carries the local MCP servers the sample's agents
 * use, as the Python samples' workers pass {@code mcp_server_providers} to the plugin.
 */
public abstract class McpSample implements Sample {

  /** The MCP servers the worker provides; the sample starts them (or their commands) itself. */
  public abstract List<McpServerProvider> mcpServers();

  /** Whether the sample's servers come from the npm registry (and so need {@code npx}). */
  public boolean needsNpm() {
    return false;
  }

  @Override
  public DurableAgentsPlugin plugin(Models.Choice model) {
    DurableAgentsPlugin.Builder plugin = Models.pluginBuilder(model);
    mcpServers().forEach(plugin::addMcpServer);
    return plugin.build();
  }
}
