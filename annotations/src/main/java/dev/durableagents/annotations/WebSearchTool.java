package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} OpenAI's hosted web search: the provider searches while it answers, and
 * the search calls appear in the run's items. Needs the Responses API.
 *
 * <pre>{@code
 * @Agent(instructions = "You are a helpful agent.")
 * @WebSearchTool(city = "New York", country = "US")
 * public interface WebSearchAgent {
 *   String ask(String question);
 * }
 * }</pre>
 *
 * <p>For settings known only at run time (a user's city), add the tool with {@code
 * AgentDefinition.Builder.addHostedTool(HostedTool.webSearch()...)} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebSearchTool {

  /** The user's city, to localize results. Default: unset. */
  String city() default "";

  /** The user's region. Default: unset. */
  String region() default "";

  /** The user's country, as an ISO 3166-1 two-letter code. Default: unset. */
  String country() default "";

  /** The user's IANA time zone, e.g. {@code "America/New_York"}. Default: unset. */
  String timezone() default "";

  /** {@code "low"}, {@code "medium"} or {@code "high"}. Default: the provider's. */
  String searchContextSize() default "";

  /** The only domains to search. Default: any. */
  String[] allowedDomains() default {};
}
