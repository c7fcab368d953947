package dev.durableagents.examples.hosted_mcp;

/** The MCP server the hosted MCP samples use: gitmcp.io's server for a GitHub repository. */
final class GitMcp {

  private GitMcp() {}

  /** The server's label, as the model and the run's items show it. */
  static final String LABEL = "gitmcp";

  /** The server of the {@code openai/codex} repository's documentation and code. */
  static final String CODEX_URL = "https://gitmcp.io/openai/codex";

  /** The question both samples ask by default. */
  static final String DEFAULT_QUESTION = "Which language is this repo written in?";
}
