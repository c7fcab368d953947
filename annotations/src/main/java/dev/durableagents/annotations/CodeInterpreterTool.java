package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} OpenAI's hosted code interpreter. Needs the Responses API.
 *
 * <pre>{@code
 * @Agent(instructions = "You love doing math.")
 * @CodeInterpreterTool
 * public interface MathAgent {
 *   String solve(String problem);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CodeInterpreterTool {

  /** An existing container to run in. Default: one the provider creates ({@code auto}). */
  String containerId() default "";

  /** Files to put in the container the provider creates. Default: none. */
  String[] fileIds() default {};

  /** Whether the interpreter's outputs come back in the run's items. Default false. */
  boolean includeOutputs() default false;
}
