package dev.durableagents.examples.basic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the hooks of the lifecycle samples saw, in order: the run's context object, so that it lives
 * in the workflow (and is rebuilt on replay) rather than in a hooks object shared by every run of
 * the agent.
 */
public final class HookLog {

  private final Map<String, Integer> counters = new TreeMap<>();
  private final List<String> events = new ArrayList<>();

  /** Adds {@code event} as the next event seen by {@code displayName}'s hooks. */
  public void add(String displayName, String event) {
    int n = counters.merge(displayName, 1, Integer::sum);
    events.add("### (" + displayName + ") " + n + ": " + event);
  }

  /** The events so far. */
  public List<String> events() {
    return List.copyOf(events);
  }
}
