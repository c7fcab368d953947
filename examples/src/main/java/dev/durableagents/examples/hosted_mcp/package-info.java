/**
 * Java ports of the {@code hosted_mcp} samples: an agent with the tools of a remote MCP server,
 * which OpenAI calls for the model (Responses API only), once without approval and once with each
 * call approved by a person through a workflow update. Both run on {@link
 * dev.durableagents.examples.hosted_mcp.HostedMcpWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.hosted_mcp;
