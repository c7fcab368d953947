/**
 * The annotations of Durable Agents for Java: {@link dev.durableagents.annotations.Agent}, {@link
 * dev.durableagents.annotations.FunctionTool}, {@link dev.durableagents.annotations.Param}, {@link
 * dev.durableagents.annotations.Handoff} and {@link dev.durableagents.annotations.Guardrail}.
 *
 * <p>They are read at compile time by the {@code durable-agents-processor} annotation processor and
 * are not retained at run time.
 */
package dev.durableagents.annotations;
