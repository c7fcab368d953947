package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method the model may call.
 *
 * <p>On an abstract method of a <em>tool set</em> (a plain interface listed in {@link
 * Agent#tools()}), each call of the tool is one Temporal activity, executed by the object the user
 * registers on the worker. The parameters' JSON schema is generated at compile time from the
 * method's signature; parameter names come from the source, so no {@code -parameters} flag is
 * needed.
 *
 * <pre>{@code
 * public interface WeatherTools {
 *   @FunctionTool(description = "Get the current weather for a city", startToCloseTimeout = "10s")
 *   Weather getWeather(@Param(description = "The city name") String city);
 * }
 * }</pre>
 *
 * <p>On a {@code default} method of an {@link Agent} interface, the tool runs inside the workflow,
 * without an activity, like the Agents SDK's {@code function_tool}: it must be deterministic (it
 * may use {@code Workflow.*} APIs), and a parameter of type {@code RunContext} receives the run's
 * context instead of a model argument. Activity options do not apply to it.
 *
 * <pre>{@code
 * @Agent(instructions = "Roll dice when asked.")
 * public interface DiceAgent {
 *   String play(String request);
 *
 *   @FunctionTool(description = "Roll a die")
 *   default int roll(int sides) {
 *     return Workflow.newRandom().nextInt(sides) + 1;
 *   }
 * }
 * }</pre>
 *
 * <p>Durations are written as {@code "500ms"}, {@code "10s"}, {@code "5m"}, {@code "1h"} or
 * ISO-8601 ({@code "PT10S"}); a value that does not parse is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FunctionTool {

  /**
   * The tool's name as the model sees it; must match {@code ^[a-zA-Z0-9_-]{1,64}$}. Default: the
   * method's name.
   */
  String name() default "";

  /** What the tool does, for the model. Default: the method's javadoc, if any. */
  String description() default "";

  /**
   * Whether the parameters' schema is sent in OpenAI strict mode (every property required, no
   * additional properties). Default {@code true}. Strict mode cannot express some types, such as
   * maps: a parameter of such a type is a compile error in strict mode, and gets a plain JSON
   * schema with {@code strict = false}. The same switch for an agent's output is {@link
   * Agent#strictOutput()}.
   */
  boolean strict() default true;

  /**
   * The activity's start-to-close timeout. Default: 60 seconds, unless schedule-to-close is set.
   */
  String startToCloseTimeout() default "";

  /** The activity's schedule-to-close timeout. Default: none. */
  String scheduleToCloseTimeout() default "";

  /** The activity's heartbeat timeout. Default: none. */
  String heartbeatTimeout() default "";

  /**
   * The most attempts Temporal makes for one call. Default {@code 0}: Temporal's default retry
   * policy (unlimited attempts, within the timeouts).
   */
  int maximumAttempts() default 0;

  /** The task queue of the activity. Default: the workflow's task queue. */
  String taskQueue() default "";

  /**
   * Run each call as a local activity (recorded as a marker in history, no task-queue round trip).
   * Meant for short calls. Default {@code false}.
   */
  boolean localActivity() default false;

  /**
   * Whether a call that finally fails (after its retries) fails the whole run. Default {@code
   * false}: the error's message goes back to the model as the tool's output, and the run goes on.
   */
  boolean failRunOnError() default false;

  /**
   * Whether every call waits for a person's approval before it runs. Default {@code false}. The run
   * pauses durably, without an activity, until a person decides the call with the workflow's {@code
   * decideToolApproval} update (the {@code pendingToolApprovals} query lists the waiting calls;
   * {@code dev.durableagents.runtime.Approvals} is the client helper); a rejected call does not run
   * and the model gets the reason as the tool's output. {@link #approvalTimeout()} bounds the wait.
   * Per-call policies are set at run time ({@code RunConfig.Builder.setApprovalPolicy}).
   */
  boolean needsApproval() default false;

  /**
   * How long a call waits for approval before {@link #approveOnTimeout()} decides it, e.g. {@code
   * "3d"}; only with {@link #needsApproval()}. Default: no timeout (the run's, if it sets one). The
   * wait is a durable timer: no activity runs while it lasts.
   */
  String approvalTimeout() default "";

  /**
   * The decision when {@link #approvalTimeout()} passes with no decision: {@code false}, the
   * default, rejects the call (the model is told nobody decided in time); {@code true} runs it.
   */
  boolean approveOnTimeout() default false;

  /**
   * The text the model receives when a call fails (after its retries), instead of {@code "Error:
   * tool '<name>' failed: <error>"}; like the Agents SDK's {@code failure_error_function}. Default:
   * the default text. Ignored when {@link #failRunOnError()} is set (the run fails instead).
   */
  String failureMessage() default "";

  /**
   * A class implementing {@code dev.durableagents.runtime.IsEnabled}, with a public no-argument
   * constructor, that decides on each turn, from the run's context and the agent, whether the model
   * is offered the tool; like the Agents SDK's {@code is_enabled}. Default: always offered.
   */
  Class<?> isEnabled() default void.class;

  /**
   * Classes implementing {@code dev.durableagents.runtime.ToolInputGuardrail}, each with a public
   * no-argument constructor, that check every call's arguments before the tool runs, in order.
   * Default: none.
   */
  Class<?>[] inputGuardrails() default {};

  /**
   * Classes implementing {@code dev.durableagents.runtime.ToolOutputGuardrail}, each with a public
   * no-argument constructor, that check every call's result before the model sees it, in order.
   * Default: none.
   */
  Class<?>[] outputGuardrails() default {};
}
