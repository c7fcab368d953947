package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Input guardrails as the Agents SDK runs them: the blocking ones ({@link
 * InputGuardrail#runInParallel()} false) before the first model call, the others concurrently with
 * it. The first parallel guardrail to trip (or to throw) cancels the model call, whose activity the
 * history then shows as {@code ActivityTaskCancelRequested}; a model call that finishes first waits
 * for every parallel guardrail to pass before the run uses its response, so no tool runs on input a
 * guardrail refuses.
 *
 * <p>Histories recorded before this change ran every guardrail before the first model call; a
 * version marker ({@link #CHANGE_ID}), written only for runs that have a parallel guardrail, keeps
 * them replaying that way.
 */
final class InputGuardrailRace {

  /** The change id of {@code Workflow.getVersion}: older histories block on every guardrail. */
  static final String CHANGE_ID = "durable-agents.parallel-input-guardrails";

  // Completed with the tripwire of the first parallel guardrail to trip, null when all pass, or
  // exceptionally with what a guardrail threw.
  private final CompletablePromise<InputGuardrailTripwireTriggered> verdict;

  private InputGuardrailRace(CompletablePromise<InputGuardrailTripwireTriggered> verdict) {
    this.verdict = verdict;
  }

  /**
   * Runs the blocking guardrails (all of them in histories from before the change) and starts the
   * parallel ones.
   *
   * @return the race the first model call joins, or {@code null} when no guardrail runs in parallel
   * @throws InputGuardrailTripwireTriggered when a blocking guardrail trips
   */
  static InputGuardrailRace start(
      RunContext<?> context,
      AgentDefinition agent,
      List<InputGuardrail> guardrails,
      List<Item> input) {
    List<InputGuardrail> parallel = new ArrayList<>();
    List<InputGuardrail> blocking = new ArrayList<>();
    for (InputGuardrail guardrail : guardrails) {
      (guardrail.runInParallel() ? parallel : blocking).add(guardrail);
    }
    if (!parallel.isEmpty()
        && Workflow.getVersion(CHANGE_ID, Workflow.DEFAULT_VERSION, 1)
            == Workflow.DEFAULT_VERSION) {
      Guardrails.checkInput(context, agent, guardrails, input);
      return null;
    }
    Guardrails.checkInput(context, agent, blocking, input);
    if (parallel.isEmpty()) {
      return null;
    }
    CompletablePromise<InputGuardrailTripwireTriggered> verdict = Workflow.newPromise();
    List<Promise<Void>> checked = new ArrayList<>(parallel.size());
    for (InputGuardrail guardrail : parallel) {
      Promise<GuardrailResult> result =
          Guardrails.run(
              agent, guardrail.name(), "input", () -> guardrail.check(context, agent, input));
      checked.add(
          result.handle(
              (value, failure) -> {
                if (failure != null) {
                  verdict.completeExceptionally(failure);
                } else if (value != null && value.tripwireTriggered()) {
                  verdict.complete(
                      new InputGuardrailTripwireTriggered(guardrail.name(), value.outputInfo()));
                }
                return null;
              }));
    }
    Promise.allOf(checked)
        .handle(
            (ignored, failure) -> {
              verdict.complete(null); // no-op when one tripped or threw
              return null;
            });
    return new InputGuardrailRace(verdict);
  }

  /**
   * Makes the first model call in a cancellation scope of its own while the parallel guardrails
   * run, and returns its response once every guardrail passed.
   *
   * @throws InputGuardrailTripwireTriggered when a guardrail trips (the call is cancelled if it is
   *     still under way)
   */
  ModelResponse firstModelCall(Supplier<ModelResponse> call) {
    List<Promise<ModelResponse>> response = new ArrayList<>(1);
    CancellationScope scope =
        Workflow.newCancellationScope(() -> response.add(Async.function(call::get)));
    scope.run();
    Promise<ModelResponse> modelCall = response.get(0);
    // The guardrails decide before a response is used, even one that arrived first.
    Workflow.await(verdict::isCompleted);
    RuntimeException failure = verdict.getFailure();
    InputGuardrailTripwireTriggered tripwire = failure == null ? verdict.get() : null;
    if (failure != null || tripwire != null) {
      if (!modelCall.isCompleted()) {
        scope.cancel("input guardrail " + (tripwire != null ? tripwire.guardrailName() : "failed"));
      }
      throw failure != null ? failure : tripwire;
    }
    return modelCall.get();
  }
}
