package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.runtime.model.McpListTools;
import java.util.List;

/** What the offline model of the hosted MCP samples says the codex MCP server offered and said. */
final class OfflineMcp {

  private OfflineMcp() {}

  /** The tool the offline model calls. */
  static final String TOOL = "fetch_codex_documentation";

  /** What that tool returns. */
  static final String TOOL_OUTPUT =
      "# Codex CLI\nCodex CLI is a coding agent from OpenAI that runs locally on your computer."
          + " The CLI is written in Rust (codex-rs); the npm package wraps the native binary.";

  /** The answer after the tool call. */
  static final String ANSWER =
      "The openai/codex repository is written mostly in Rust (the codex-rs workspace), with a"
          + " small TypeScript wrapper for the npm package.";

  /** The server's tools, as the provider lists them. */
  static McpListTools listTools() {
    return new McpListTools(
        "mcpl_offline_1",
        GitMcp.LABEL,
        List.of(
            new McpListTools.Tool(
                TOOL,
                "Fetch entire documentation file from GitHub repository: openai/codex.",
                null,
                null),
            new McpListTools.Tool(
                "search_codex_code",
                "Search for code within the GitHub repository: openai/codex.",
                null,
                null)),
        null);
  }
}
