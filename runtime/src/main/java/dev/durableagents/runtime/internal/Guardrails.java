package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.OutputGuardrail;
import dev.durableagents.runtime.OutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.Item;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs guardrails in workflow code. The guardrails of one agent run concurrently (each may run an
 * agent of its own, whose model calls are then scheduled together); their results are checked in
 * declaration order, so the first tripped guardrail is the one reported.
 */
final class Guardrails {

  private Guardrails() {}

  static void checkInput(RunContext<?> context, AgentDefinition agent, List<Item> input) {
    List<InputGuardrail> guardrails = agent.inputGuardrails();
    if (guardrails.isEmpty()) {
      return;
    }
    List<Promise<GuardrailResult>> results = new ArrayList<>();
    for (InputGuardrail guardrail : guardrails) {
      results.add(Async.function(() -> guardrail.check(context, agent, input)));
    }
    Promise.allOf(results).get();
    for (int i = 0; i < guardrails.size(); i++) {
      GuardrailResult result = results.get(i).get();
      if (result != null && result.tripwireTriggered()) {
        throw new InputGuardrailTripwireTriggered(guardrails.get(i).name(), result.outputInfo());
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static void checkOutput(RunContext<?> context, AgentDefinition agent, Object output) {
    List<OutputGuardrail<?>> guardrails = agent.outputGuardrails();
    if (guardrails.isEmpty()) {
      return;
    }
    List<Promise<GuardrailResult>> results = new ArrayList<>();
    for (OutputGuardrail guardrail : guardrails) {
      results.add(Async.function(() -> guardrail.check(context, agent, output)));
    }
    Promise.allOf(results).get();
    for (int i = 0; i < guardrails.size(); i++) {
      GuardrailResult result = results.get(i).get();
      if (result != null && result.tripwireTriggered()) {
        throw new OutputGuardrailTripwireTriggered(guardrails.get(i).name(), result.outputInfo());
      }
    }
  }
}
