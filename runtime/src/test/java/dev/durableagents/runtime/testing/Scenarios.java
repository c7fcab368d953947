package dev.durableagents.runtime.testing;

import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Usage;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Test scenarios that run agents inside a workflow: a test registers a scenario (the workflow code
 * to run, usually {@code Runner.run(...)} on a hand-built definition) under a name, and starts
 * {@link ScenarioWorkflow} with that name; the workflow returns what the run produced as an {@link
 * Outcome}, which is serializable, so tests read it on the client.
 *
 * <pre>{@code
 * Scenarios.register("hello", () -> Outcome.of(Runner.run(agent, "Hi")));
 * env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
 * Outcome outcome = env.newWorkflow(ScenarioWorkflow.class, "hello-1").run("hello");
 * }</pre>
 */
public final class Scenarios {

  private static final Map<String, Supplier<Outcome>> SCENARIOS = new ConcurrentHashMap<>();

  private Scenarios() {}

  /** Registers {@code body}, workflow code, under {@code name} (replacing any earlier one). */
  public static void register(String name, Supplier<Outcome> body) {
    SCENARIOS.put(name, Objects.requireNonNull(body, "body"));
  }

  /** Runs the scenario it is started with. */
  @WorkflowInterface
  public interface ScenarioWorkflow {
    @WorkflowMethod
    Outcome run(String scenario);
  }

  /** The implementation to register on the test worker. */
  public static class ScenarioWorkflowImpl implements ScenarioWorkflow {
    @Override
    public Outcome run(String scenario) {
      Supplier<Outcome> body = SCENARIOS.get(scenario);
      if (body == null) {
        throw new IllegalStateException("No scenario named " + scenario);
      }
      return body.get();
    }
  }

  /**
   * What a run produced, in a serializable form.
   *
   * @param finalOutput the final output as text (JSON for structured outputs)
   * @param kinds the simple class names of {@code newItems()}, in order
   * @param newItems the items of {@code newItems()}, in order
   * @param inputList {@code toInputList()}
   * @param lastResponseId {@code lastResponseId()}
   * @param usage {@code usage()}
   */
  public record Outcome(
      String finalOutput,
      List<String> kinds,
      List<Item> newItems,
      List<Item> inputList,
      String lastResponseId,
      Usage usage) {

    /** The outcome of {@code result}. */
    public static Outcome of(RunResult<?> result) {
      return new Outcome(
          Json.toText(result.finalOutput()),
          result.newItems().stream().map(i -> i.getClass().getSimpleName()).toList(),
          result.newItems().stream().map(RunItem::item).toList(),
          result.toInputList(),
          result.lastResponseId(),
          result.usage());
    }
  }
}
