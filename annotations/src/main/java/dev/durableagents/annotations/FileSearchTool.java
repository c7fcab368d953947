package dev.durableagents.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an {@link Agent} OpenAI's hosted file search over vector stores. Needs the Responses API.
 *
 * <pre>{@code
 * @Agent(instructions = "Answer from the documents.")
 * @FileSearchTool(vectorStoreIds = "vs_67bf88953f748191be42b462090e53e7", maxNumResults = 3)
 * public interface DocsAgent {
 *   String ask(String question);
 * }
 * }</pre>
 *
 * <p>For vector stores known only at run time, add the tool with {@code
 * AgentDefinition.Builder.addHostedTool(HostedTool.fileSearch(id))} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FileSearchTool {

  /** The vector stores to search; at least one. */
  String[] vectorStoreIds();

  /** The most results to return, at least 1. Default 0: the provider's default. */
  int maxNumResults() default 0;

  /** Whether the search calls in the run's items carry the matching chunks. Default false. */
  boolean includeSearchResults() default false;
}
