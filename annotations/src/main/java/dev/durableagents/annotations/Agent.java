package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a durable agent: an LLM with instructions, tools and an output type, run as a Temporal
 * workflow in which every model call and every tool call is an activity.
 *
 * <p>Put it on a public interface with exactly one abstract method, the <em>run method</em>. The
 * run method's single parameter is the agent's input (a {@code String}, or a record or POJO that is
 * sent to the model as JSON text); its return type is the agent's output type ({@code String} for
 * plain text, any other type for structured output with a JSON schema generated at compile time).
 *
 * <pre>{@code
 * @Agent(name = "Weather Assistant",
 *        instructions = "You are a helpful weather agent.",
 *        tools = {WeatherTools.class})
 * public interface WeatherAgent {
 *   String ask(String question);
 * }
 * }</pre>
 *
 * <p>Companion annotations: {@link Handoff} (hand the conversation to another agent), {@link
 * Guardrail} (check input or output), {@link AsTool} (another agent as a tool), {@link
 * ModelSettings}, {@link Instructions} (dynamic instructions), and {@link FunctionTool} on default
 * methods (tools that run inside the workflow).
 *
 * <p>Classes named in attributes ({@code hooks}, {@code toolsToFinalOutput}, and those of {@link
 * Handoff} and {@link Guardrail}) are instantiated once, in the generated definition, and shared by
 * every run of the agent in the worker: they must keep no state of their own.
 *
 * <p>For {@code @Agent interface Foo} the annotation processor generates, in the same package:
 *
 * <ul>
 *   <li>{@code FooWorkflow}: a {@code @WorkflowInterface} whose workflow method has the run
 *       method's signature;
 *   <li>{@code FooWorkflowImpl}: its implementation, which runs the agent loop through {@code
 *       Runner};
 *   <li>{@code FooDefinition}: the agent's run-time definition (tools, schemas, settings);
 *   <li>{@code AgentsModule}: one per package, registering every workflow and tool adapter of the
 *       package on a worker.
 * </ul>
 *
 * <p>A nested interface is named after its enclosing types joined with underscores: {@code
 * Outer.Foo} generates {@code Outer_FooWorkflow}.
 *
 * <p>Inside any workflow the agent can also be run directly, alone or next to others: {@code
 * Runner.run(Foo.class, input)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Agent {

  /**
   * The agent's name, as the model and the run's history see it. Default: the interface's simple
   * name. A handoff to this agent is offered to the model as {@code transfer_to_} plus this name in
   * snake case.
   */
  String name() default "";

  /** The system prompt. Default: none. */
  String instructions() default "";

  /**
   * A short description of what the agent does, shown to other agents that hand off to it or use it
   * as a tool. Default: the interface's javadoc, if any.
   */
  String description() default "";

  /**
   * The model name, for example {@code "gpt-4o"}. Default: the model configured on the {@code
   * DurableAgentsPlugin}, else the model provider's default.
   */
  String model() default "";

  /**
   * What the agent may call: tool sets (interfaces whose {@link FunctionTool} methods run as
   * Temporal activities; the user implements each in a plain class and passes an instance to {@code
   * AgentsModule.register(worker, ...)}), and other {@code @Agent} interfaces, which become agent
   * tools (see {@link AsTool}).
   */
  Class<?>[] tools() default {};

  /**
   * The most model calls a run that starts at this agent may make before it fails with {@code
   * MaxTurnsExceeded}. A {@code RunConfig} passed to {@code Runner.run} overrides it.
   */
  int maxTurns() default 10;

  /**
   * How many times the model is asked again when its final answer does not parse as the run
   * method's return type, before the run fails with {@code OutputParseException}. Default 0.
   */
  int outputRetries() default 0;

  /** Whether the first tool call's result is the agent's final output. Default {@code false}. */
  boolean stopOnFirstTool() default false;

  /** Tools whose result, when called, is the agent's final output. Default: none. */
  String[] stopAtTools() default {};

  /**
   * A class implementing {@code dev.durableagents.runtime.ToolUseBehavior.ToolsToFinalOutput}, with
   * a public no-argument constructor, that decides after each turn's tool calls whether the run
   * ends. Default: none (ask the model again).
   */
  Class<?> toolsToFinalOutput() default void.class;

  /**
   * Whether a forced tool choice ({@code "required"} or a tool's name) is reset after the agent
   * used a tool, so that the model cannot call tools forever. Default {@code true}.
   */
  boolean resetToolChoice() default true;

  /**
   * A class implementing {@code dev.durableagents.runtime.AgentHooks}, with a public no-argument
   * constructor, called in the workflow on this agent's lifecycle. Default: none.
   */
  Class<?> hooks() default void.class;

  /**
   * Whether the output's JSON schema is sent in OpenAI strict mode, where the model's answer is
   * guaranteed to match it. Default {@code true}.
   *
   * <p>Strict mode cannot express some types, such as maps ({@code Map<String, Integer>}, {@code
   * Map<Integer, String>}): an output type that contains one is a compile error in strict mode. Set
   * {@code strictOutput = false} to send a plain JSON schema for them instead; the model is then
   * asked, not forced, to follow it, and an answer that does not parse fails the run with {@code
   * OutputParseException}. Tools have the same switch: {@link FunctionTool#strict()}.
   */
  boolean strictOutput() default true;
}
