package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an agent another agent as a tool, with a custom name, description or output. The tool takes
 * {@code {"input": "..."}}, runs the other agent inside the same workflow, and returns its final
 * output. (Listing an {@code @Agent} type in {@link Agent#tools()} does the same with the defaults:
 * the tool is named after the agent's name in snake case and described by its description.)
 *
 * <pre>{@code
 * @Agent(instructions = "You are a translation agent. Use the tools to translate.")
 * @AsTool(agent = SpanishAgent.class, name = "translate_to_spanish",
 *         description = "Translate the user's message to Spanish")
 * public interface OrchestratorAgent {
 *   String translate(String message);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AsTools.class)
public @interface AsTool {

  /** The {@link Agent}-annotated interface to run. */
  Class<?> agent();

  /** The tool's name. Default: the agent's name in snake case. */
  String name() default "";

  /** The tool's description. Default: the agent's description. */
  String description() default "";

  /**
   * A class implementing {@code java.util.function.Function<RunResult<?>, String>}, with a public
   * no-argument constructor, that turns the nested run's result into the tool's output. Default:
   * the final output.
   */
  Class<?> outputExtractor() default void.class;

  /**
   * Whether every call of the tool waits for a person's approval before the agent runs, as {@link
   * FunctionTool#needsApproval()} does for a function tool. Default {@code false}.
   */
  boolean needsApproval() default false;

  /**
   * Whether the tool takes the other agent's input as structured arguments: its run method's
   * parameter (a record or POJO), whose JSON schema, generated at compile time, becomes the tool's
   * parameters; the nested run's input is the arguments as JSON text. Default {@code false}: the
   * tool takes {@code {"input": "..."}}.
   */
  boolean structuredInput() default false;

  /** The most model calls of the nested run. Default {@code 0}: the other agent's own limit. */
  int maxTurns() default 0;

  /**
   * A class implementing {@code dev.durableagents.runtime.RunHooks}, with a public no-argument
   * constructor, set as the nested run's hooks (one instance, shared by every run). Default: none.
   */
  Class<?> hooks() default void.class;
}
