package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model settings of an {@link Agent}, checked at compile time. Every attribute left at its
 * default leaves the provider's default; a run's {@code RunConfig} may override them.
 *
 * <pre>{@code
 * @Agent(tools = WeatherTools.class)
 * @ModelSettings(
 *     temperature = 0.2,
 *     toolChoice = "required",
 *     parallelToolCalls = ModelSettings.Toggle.OFF)
 * public interface WeatherAgent {
 *   String ask(String question);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModelSettings {

  /** Sampling temperature, 0 to 2. Default: unset. */
  double temperature() default Double.NaN;

  /** Nucleus sampling, above 0 up to 1. Default: unset. */
  double topP() default Double.NaN;

  /** The most output tokens, at least 1. Default: unset. */
  int maxTokens() default 0;

  /**
   * {@code "auto"}, {@code "required"}, {@code "none"}, or the name of one of the agent's tools the
   * model must call. Default: unset ({@code "auto"}).
   */
  String toolChoice() default "";

  /** Whether the model may ask for several tool calls at once. Default: unset. */
  Toggle parallelToolCalls() default Toggle.DEFAULT;

  /** For reasoning models: {@code "minimal"}, {@code "low"}, {@code "medium"} or {@code "high"}. */
  String reasoningEffort() default "";

  /**
   * For reasoning models on the Responses API: {@code "auto"}, {@code "concise"} or {@code
   * "detailed"} asks for a summary of the model's reasoning in the run's reasoning items. Default:
   * unset (no summary).
   */
  String reasoningSummary() default "";

  /** Metadata attached to every request, as {@code "key=value"} pairs. */
  String[] metadata() default {};

  /** A setting that is on, off, or left to the provider. */
  enum Toggle {
    /** Left to the provider. */
    DEFAULT,
    /** On. */
    ON,
    /** Off. */
    OFF
  }
}
