package dev.durableagents.runtime;

/**
 * Trims what the agent taking over a run sees. Runs in workflow code; must be deterministic. {@link
 * HandoffFilters} has ready-made filters.
 *
 * <pre>{@code
 * @Handoff(agent = SpanishAgent.class, inputFilter = HandoffFilters.RemoveAllTools.class)
 * }</pre>
 *
 * <p>A class named in {@code @Handoff(inputFilter = ...)} needs a public no-argument constructor.
 */
@FunctionalInterface
public interface HandoffInputFilter {

  /** The data the next agent sees, derived from {@code data}. */
  HandoffInputData filter(HandoffInputData data);
}
