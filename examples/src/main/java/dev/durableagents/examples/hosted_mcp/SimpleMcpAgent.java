package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.HostedMcpTool;

/**
 * An agent with the tools of a remote MCP server, which OpenAI lists and calls for the model while
 * it answers: the whole exchange is one model call, so one activity. No call needs approval.
 */
@Agent(name = "Assistant")
@HostedMcpTool(serverLabel = GitMcp.LABEL, serverUrl = GitMcp.CODEX_URL, requireApproval = "never")
public interface SimpleMcpAgent {
  String ask(String question);
}
