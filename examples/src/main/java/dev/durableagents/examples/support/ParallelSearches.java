package dev.durableagents.examples.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.runtime.Runner;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * The search step of the research samples, in workflow code: one run of a search agent per planned
 * search, all started at once ({@code Async.function}: their model calls are activities scheduled
 * together). A search that fails is logged and left out, as in the Python samples; cancellation is
 * not swallowed.
 */
public final class ParallelSearches {

  private static final Logger log = Workflow.getLogger(ParallelSearches.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One planned search.
   *
   * @param query the search term, for the log
   * @param input what the search agent is asked
   */
  public record Search(String query, String input) {}

  private ParallelSearches() {}

  /** The summaries of the searches that succeeded, in the order of {@code searches}. */
  public static List<String> run(Class<?> searchAgent, List<Search> searches) {
    int total = searches.size();
    int[] completed = {0};
    List<Promise<String>> running = new ArrayList<>();
    for (Search search : searches) {
      running.add(
          Async.function(() -> searchOnce(searchAgent, search))
              .thenApply(
                  summary -> {
                    completed[0]++;
                    log.info("Searching... {}/{} completed", completed[0], total);
                    return summary;
                  }));
    }
    Promise.allOf(running).get();
    List<String> results = running.stream().map(Promise::get).filter(Objects::nonNull).toList();
    log.info("Searches done: {} of {} succeeded", results.size(), total);
    return results;
  }

  /** The summaries as a JSON array, so that each one's bounds are clear to the writer. */
  public static String asJsonArray(List<String> summaries) {
    try {
      return JSON.writeValueAsString(summaries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One search agent run; {@code null} when it failed. */
  private static String searchOnce(Class<?> searchAgent, Search search) {
    try {
      return Runner.<String>run(searchAgent, search.input()).finalOutput();
    } catch (CanceledFailure e) {
      throw e;
    } catch (RuntimeException e) {
      log.warn("Search for '{}' failed: {}", search.query(), e.getMessage());
      return null;
    }
  }
}
