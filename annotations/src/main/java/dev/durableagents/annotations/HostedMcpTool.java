package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} the tools of a remote MCP server, which OpenAI calls for the model (a
 * hosted MCP tool). Needs the Responses API. Calls that need approval are decided in the workflow
 * by the {@link #approval()} callback.
 *
 * <pre>{@code
 * @Agent(instructions = "Answer questions about the codex repository.")
 * @HostedMcpTool(serverLabel = "gitmcp", serverUrl = "https://gitmcp.io/openai/codex",
 *                requireApproval = "never")
 * public interface CodexAgent {
 *   String ask(String question);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(HostedMcpTools.class)
public @interface HostedMcpTool {

  /** A label for the server, shown to the model and in the run's items. */
  String serverLabel();

  /** The server's URL. */
  String serverUrl();

  /** What the server offers, for the model. Default: none. */
  String serverDescription() default "";

  /** The only tools of the server the model may call. Default: all. */
  String[] allowedTools() default {};

  /**
   * {@code "always"} or {@code "never"}. Default {@code "always"}: every call waits for the {@link
   * #approval()} callback, which is then required.
   */
  String requireApproval() default "always";

  /**
   * A class implementing {@code dev.durableagents.runtime.McpApprovalCallback}, with a public
   * no-argument constructor, that approves or rejects each call in the workflow. Required unless
   * {@link #requireApproval()} is {@code "never"}.
   */
  Class<?> approval() default void.class;
}
