package dev.durableagents.examples.mcp;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.mcp.McpServerProvider;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

  private static Boolean npx;

  /** Whether {@code npx} runs on this machine (checked once per process). */
  public static synchronized boolean npxAvailable() {
    if (npx == null) {
      try {
        Process p = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        npx = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        npx = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        npx = false;
      }
    }
    return npx;
  }

  @Override
  public DurableAgentsPlugin plugin(Models.Choice model) {
    DurableAgentsPlugin.Builder plugin = Models.pluginBuilder(model);
    mcpServers().forEach(plugin::addMcpServer);
    return plugin.build();
  }
}
