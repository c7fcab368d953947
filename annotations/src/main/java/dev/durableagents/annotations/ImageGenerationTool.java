package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} OpenAI's hosted image generation; the images come back base64-encoded in
 * the run's items. Needs the Responses API.
 *
 * <pre>{@code
 * @Agent(instructions = "You are a helpful agent.")
 * @ImageGenerationTool(quality = "low")
 * public interface ImageAgent {
 *   String draw(String prompt);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImageGenerationTool {

  /** {@code "low"}, {@code "medium"}, {@code "high"} or {@code "auto"}. Default: the provider's. */
  String quality() default "";

  /**
   * {@code "1024x1024"}, {@code "1024x1536"}, {@code "1536x1024"} or {@code "auto"}. Default: the
   * provider's.
   */
  String size() default "";

  /** {@code "png"}, {@code "webp"} or {@code "jpeg"}. Default: the provider's. */
  String outputFormat() default "";

  /** {@code "transparent"}, {@code "opaque"} or {@code "auto"}. Default: the provider's. */
  String background() default "";

  /** The image model. Default: the provider's. */
  String model() default "";
}
