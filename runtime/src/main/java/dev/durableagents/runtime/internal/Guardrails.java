package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.OutputGuardrail;
import dev.durableagents.runtime.OutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.trace.SpanKind;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs guardrails in workflow code. The guardrails of one agent run concurrently (each may run an
 * agent of its own, whose model calls are then scheduled together); their results are checked in
 * declaration order, so the first tripped guardrail is the one reported.
 */
final class Guardrails {

  private Guardrails() {}

  static void checkInput(RunContext<?> context, AgentDefinition agent, List<Item> input) {
    checkInput(context, agent, agent.inputGuardrails(), input);
  }

  /** Runs {@code guardrails} on the input and throws the first tripwire, in declaration order. */
  static void checkInput(
      RunContext<?> context,
      AgentDefinition agent,
      List<InputGuardrail> guardrails,
      List<Item> input) {
    if (guardrails.isEmpty()) {
      return;
    }
    List<Promise<GuardrailResult>> results = new ArrayList<>();
    for (InputGuardrail guardrail : guardrails) {
      results.add(
          run(agent, guardrail.name(), "input", () -> guardrail.check(context, agent, input)));
    }
    Promise.allOf(results).get();
    for (int i = 0; i < guardrails.size(); i++) {
      GuardrailResult result = results.get(i).get();
      if (result != null && result.tripwireTriggered()) {
        throw new InputGuardrailTripwireTriggered(guardrails.get(i).name(), result.outputInfo());
      }
    }
  }

  static void checkOutput(RunContext<?> context, AgentDefinition agent, Object output) {
    checkOutput(context, agent, agent.outputGuardrails(), output);
  }

  /** Runs {@code guardrails} on the final output and throws the first tripwire. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void checkOutput(
      RunContext<?> context,
      AgentDefinition agent,
      List<OutputGuardrail<?>> guardrails,
      Object output) {
    if (guardrails.isEmpty()) {
      return;
    }
    List<Promise<GuardrailResult>> results = new ArrayList<>();
    for (OutputGuardrail guardrail : guardrails) {
      results.add(
          run(agent, guardrail.name(), "output", () -> guardrail.check(context, agent, output)));
    }
    Promise.allOf(results).get();
    for (int i = 0; i < guardrails.size(); i++) {
      GuardrailResult result = results.get(i).get();
      if (result != null && result.tripwireTriggered()) {
        throw new OutputGuardrailTripwireTriggered(guardrails.get(i).name(), result.outputInfo());
      }
    }
  }

  /**
   * Runs one guardrail in a workflow thread of its own; with tracing on, as a {@code guardrail
   * <name>} span, the parent of whatever the guardrail runs (an agent of its own, activities).
   */
  static Promise<GuardrailResult> run(
      AgentDefinition agent, String name, String kind, Supplier<GuardrailResult> check) {
    WorkflowTelemetry telemetry = WorkflowTelemetry.current();
    if (telemetry == null) {
      return Async.function(check::get);
    }
    WorkflowTelemetry.Step step =
        telemetry
            .start("guardrail " + name, SpanKind.INTERNAL)
            .put(GenAiAttributes.GUARDRAIL_NAME, name)
            .put(GenAiAttributes.GUARDRAIL_KIND, kind)
            .put(GenAiAttributes.AGENT_NAME, agent.name());
    return Async.function(
        () -> {
          step.activate();
          GuardrailResult result;
          try {
            result = check.get();
          } catch (RuntimeException | Error e) {
            step.end(e);
            throw e;
          }
          step.put(
              GenAiAttributes.GUARDRAIL_TRIGGERED, result != null && result.tripwireTriggered());
          step.end(null);
          return result;
        });
  }
}
