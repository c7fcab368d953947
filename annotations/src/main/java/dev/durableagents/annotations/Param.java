package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a {@link FunctionTool} method for the model.
 *
 * <pre>{@code
 * @FunctionTool(description = "Get the current weather for a city")
 * Weather getWeather(@Param(description = "The city name") String city);
 * }</pre>
 *
 * <p>Without it, the description comes from the method's {@code @param} javadoc tag, if any.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Param {

  /** The parameter's description in the tool's JSON schema. */
  String description() default "";
}
