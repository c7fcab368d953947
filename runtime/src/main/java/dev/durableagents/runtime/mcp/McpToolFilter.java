package dev.durableagents.runtime.mcp;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which tools of an MCP server an agent's model is offered. Static filters are allow and deny lists
 * of names ({@link #allow}, {@link #deny}); a dynamic filter is any implementation, which may
 * decide by the agent and the server ({@link Context}).
 *
 * <p>The filter runs in workflow code, on the worker that runs the workflow, when an agent's MCP
 * tools are listed (the listing itself, in the history, is unfiltered): it must be deterministic
 * (decide from its arguments only, no I/O or clock), like all workflow code. Set it on the server
 * with {@link McpServerProvider#withToolFilter}. A tool the filter removes is not offered to the
 * model, so the model cannot call it.
 */
@FunctionalInterface
public interface McpToolFilter {

  /**
   * Whether {@code tool} is offered to the model of the agent {@code context} names.
   *
   * @param context the agent and the server
   * @param tool the tool, as the server lists it
   */
  boolean allows(Context context, McpTool tool);

  /**
   * What a filter decides by.
   *
   * @param agentName the name of the agent whose tools are being listed
   * @param serverName the name of the MCP server
   */
  record Context(String agentName, String serverName) {}

  /** Only the tools named (a static allow list). */
  static McpToolFilter allow(String... toolNames) {
    return allow(Set.of(toolNames));
  }

  /** Only the tools named (a static allow list). */
  static McpToolFilter allow(Collection<String> toolNames) {
    Set<String> allowed = Set.copyOf(toolNames);
    return (context, tool) -> allowed.contains(tool.name());
  }

  /** Every tool but those named (a static deny list). */
  static McpToolFilter deny(String... toolNames) {
    return deny(Set.of(toolNames));
  }

  /** Every tool but those named (a static deny list). */
  static McpToolFilter deny(Collection<String> toolNames) {
    Set<String> denied = Set.copyOf(toolNames);
    return (context, tool) -> !denied.contains(tool.name());
  }

  /** A filter that allows what both this one and {@code other} allow. */
  default McpToolFilter and(McpToolFilter other) {
    Objects.requireNonNull(other, "other");
    return (context, tool) -> allows(context, tool) && other.allows(context, tool);
  }
}
