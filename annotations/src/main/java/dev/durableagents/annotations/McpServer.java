package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} the tools of a local MCP server: one the worker runs (a command speaking
 * MCP over stdio) or reaches (a streamable-HTTP URL), registered on the worker's plugin under
 * {@link #value()} with {@code
 * DurableAgentsPlugin.newBuilder().addMcpServer(McpServerProvider...)}. Unlike {@link
 * HostedMcpTool}, the model provider never talks to the server, so it works with every model and
 * with servers on the worker's own network.
 *
 * <p>Before the agent's first model call of a run, an activity ({@code McpListTools}) lists the
 * server's tools; the model is offered them as function tools, and each call of one is an activity
 * ({@code McpCallTool}). A tool the server reports as failed is told to the model, as an error.
 *
 * <pre>{@code
 * @Agent(instructions = "Answer questions about the files in /srv/docs.")
 * @McpServer("filesystem")
 * public interface DocsAgent {
 *   String ask(String question);
 * }
 *
 * // On the worker:
 * DurableAgentsPlugin.newBuilder()
 *     .addMcpServer(McpServerProvider.stdio("filesystem",
 *         List.of("npx", "-y", "@modelcontextprotocol/server-filesystem", "/srv/docs")))
 *     .build();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(McpServers.class)
public @interface McpServer {

  /** The server's name, as registered on the plugin; not blank. */
  String value();

  /**
   * Whether every call of the server's tools waits for a person's approval before it runs, as
   * {@link FunctionTool#needsApproval()} does for a function tool. Default {@code false}.
   */
  boolean needsApproval() default false;
}
