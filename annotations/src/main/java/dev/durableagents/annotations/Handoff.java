package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an agent hand the conversation over to another agent. The model sees a tool named {@code
 * transfer_to_} plus the target's name in snake case; when it calls it, the target agent takes over
 * the run.
 *
 * <pre>{@code
 * @Agent(instructions = "Hand off to the right language agent.")
 * @Handoff(agent = SpanishAgent.class)
 * @Handoff(agent = EnglishAgent.class)
 * public interface TriageAgent {
 *   String route(String message);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Handoffs.class)
public @interface Handoff {

  /** The {@link Agent}-annotated interface that takes over. */
  Class<?> agent();

  /** The tool name the model sees. Default: {@code transfer_to_<target name in snake case>}. */
  String toolName() default "";

  /** The tool description the model sees. Default: derived from the target's description. */
  String description() default "";

  /**
   * A class implementing {@code dev.durableagents.runtime.HandoffInputFilter}, with a public
   * no-argument constructor, that trims what the target agent sees (e.g. {@code
   * HandoffFilters.RemoveAllTools.class}). Default: none, the target sees the whole conversation.
   */
  Class<?> inputFilter() default void.class;

  /**
   * A class implementing {@code dev.durableagents.runtime.OnHandoff<I>}, with a public no-argument
   * constructor, called in the workflow when the handoff is taken. When {@code I} is not {@code
   * Void}, the model must pass a value of {@code I}, whose JSON schema is generated at compile
   * time. Default: none.
   */
  Class<?> onHandoff() default void.class;

  /**
   * A class implementing {@code dev.durableagents.runtime.IsEnabled}, with a public no-argument
   * constructor, that decides on each turn, from the run's context and the agent, whether the model
   * is offered the handoff; like the Agents SDK's {@code is_enabled}. Default: always offered.
   */
  Class<?> isEnabled() default void.class;
}
