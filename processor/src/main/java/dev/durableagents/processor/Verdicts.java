package dev.durableagents.processor;

import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.model.ToolSetRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.util.Elements;

/**
 * What {@link DurableAgentsProcessor} concluded about each agent and tool set of one compilation,
 * by qualified name, for {@link AgentsModuleProcessor}: the names it generated, or that it
 * generated nothing (invalid), or that it waits for a later round. The module processor reads these
 * names instead of analysing every type a second time; a type without a verdict (the other
 * processor did not run, or crashed on it) it analyses itself, as before.
 *
 * <p>One table per compilation, keyed by javac's {@code Elements} (the one object both processors
 * are given); weakly, so a compilation's table goes with it.
 */
final class Verdicts {

  /** One type's verdict. */
  record Verdict(State state, GeneratedNames agent, List<ToolSetRef> toolSets) {}

  enum State {
    GENERATED,
    INVALID,
    DEFERRED
  }

  private static final Map<Elements, Verdicts> BY_COMPILATION = new WeakHashMap<>();

  private final Map<String, Verdict> verdicts = new HashMap<>();

  private Verdicts() {}

  /** The table of the compilation whose elements are {@code elements}. */
  static Verdicts of(Elements elements) {
    synchronized (BY_COMPILATION) {
      return BY_COMPILATION.computeIfAbsent(elements, e -> new Verdicts());
    }
  }

  /** Records what became of a tool set: its model, or {@code null} with whether it was deferred. */
  synchronized void toolSet(String name, ToolSetModel model, boolean deferred) {
    verdicts.put(
        name,
        model != null
            ? new Verdict(State.GENERATED, null, List.of(model.ref()))
            : new Verdict(deferred ? State.DEFERRED : State.INVALID, null, List.of()));
  }

  /** Records what became of an agent: its model, or {@code null} with whether it was deferred. */
  synchronized void agent(String name, AgentModel model, boolean deferred) {
    verdicts.put(
        name,
        model != null
            ? new Verdict(State.GENERATED, model.names(), List.copyOf(model.toolSets()))
            : new Verdict(deferred ? State.DEFERRED : State.INVALID, null, List.of()));
  }

  /** Forgets a type's verdict (its processing crashed): the module processor analyses it. */
  synchronized void forget(String name) {
    verdicts.remove(name);
  }

  /** The verdict on {@code name}, or {@code null} when there is none. */
  synchronized Verdict get(String name) {
    return verdicts.get(name);
  }
}
