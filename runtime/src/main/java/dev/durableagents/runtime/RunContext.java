package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Usage;
import java.util.function.Supplier;

/**
 * The context of one run, as instructions, in-workflow tools, hooks and guardrails see it: the
 * user's own context object, and the usage of the run so far. Like the Agents SDK's {@code
 * RunContextWrapper}.
 *
 * <p>The context object is yours: pass it with {@link RunConfig.Builder#setContext}; in-workflow
 * tools and hooks may change it. It lives in workflow memory, so changes are rebuilt on replay by
 * re-running the same deterministic code; to carry it across continue-as-new, put it in the new
 * run's input. It is never sent to activities.
 *
 * <pre>{@code
 * @FunctionTool(description = "Update the seat of the customer")
 * default String updateSeat(RunContext<AirlineContext> context, String seat) {
 *   context.context().seatNumber = seat;
 *   return "Updated seat to " + seat;
 * }
 * }</pre>
 *
 * @param <C> the type of the context object
 */
public final class RunContext<C> {

  private final C context;
  private final Supplier<Usage> usage;

  /** A context holding {@code context}, with no usage; for tests of code that takes a context. */
  public RunContext(C context) {
    this(context, () -> Usage.ZERO);
  }

  /**
   * A context holding {@code context} whose usage is read from {@code usageSoFar}; the runtime
   * creates these.
   */
  public RunContext(C context, Supplier<Usage> usageSoFar) {
    this.context = context;
    this.usage = usageSoFar;
  }

  /** The context object given to the run, or {@code null}. */
  public C context() {
    return context;
  }

  /** The tokens used by the run's model calls so far. */
  public Usage usage() {
    return usage.get();
  }

  @Override
  public String toString() {
    return "RunContext{" + context + ", " + usage() + "}";
  }
}
