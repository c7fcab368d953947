package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the default method of an {@link Agent} interface that computes the agent's instructions
 * before each model call: dynamic instructions. It runs in the workflow (deterministic), returns a
 * {@code String}, and may take a {@code RunContext} (the run's context) and an {@code
 * AgentDefinition} (the agent), in any order.
 *
 * <pre>{@code
 * @Agent
 * public interface StylistAgent {
 *   String answer(String question);
 *
 *   @Instructions
 *   default String instructions(RunContext<Style> context) {
 *     return "Answer in the style of " + context.context().name();
 *   }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Instructions {}
