package dev.durableagents.runtime.scenarios;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models, run config, workflow defaults, context, hooks, and orchestration patterns. */
class RunSettingsTest {

  @Test
  void eachAgentUsesItsOwnModel() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "multipleModels", "?", toolCall("transfer_to_default", "{}"), text("Hi"));

    assertEquals(Arrays.asList("gpt-4o-mini", null), run.modelNames);
  }

  @Test
  void runConfigModelOverridesEveryAgent() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "runConfigModel", "?", toolCall("transfer_to_default", "{}"), text("Hi"));

    assertEquals(List.of("gpt-4o", "gpt-4o"), run.modelNames);
  }

  @Test
  void workflowDefaultsApplyToEveryRun() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "workflowDefaults", "?", toolCall("transfer_to_default", "{}"), text("Hi"));

    assertEquals(List.of("gpt-4.1", "gpt-4.1"), run.modelNames);
    assertEquals(0.5, run.requests.get(1).settings().temperature());
  }

  @Test
  void contextIsSeenByDynamicInstructionsAndChangedByTools() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("context", "?", toolCall("bump", "{}"), text("Arr"));

    assertEquals("Arr / priority 1", run.result);
    assertEquals("Respond as a pirate", run.requests.get(0).instructions());
  }

  @Test
  void runAndAgentHooksSeeTheLifecycleWithUsageSoFar() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "hooks",
            "?",
            toolCall("transfer_to_worker", "{}"),
            toolCall("lookup", "{\"query\":\"x\"}"),
            text("Done"));

    assertEquals(
        String.join(
            "\n",
            "start Boss",
            "llm start Boss",
            "llm end, 1 requests so far",
            "handoff Boss -> Worker",
            "start Worker",
            "agent hook: start Worker",
            "llm start Worker",
            "llm end, 2 requests so far",
            "tool start lookup",
            "agent hook: tool end lookup -> found x",
            "llm start Worker",
            "llm end, 3 requests so far",
            "end Worker: Done"),
        run.result);
  }

  @Test
  void sequentialAgentsShareTheConversation() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run("sequential", "A story", text("Outline"), text("Story"));

    assertEquals("Story", run.result);
    assertEquals(2, run.requests.get(1).input().size());
    assertEquals("Storyteller", run.requests.get(1).agentName());
  }

  @Test
  void parallelAgentsRunConcurrently() {
    TestModel model =
        TestModel.answering(
            request ->
                request.agentName().equals("Picker")
                    ? text("Hola")
                    : text("Hola " + request.input().size()));
    ScenarioEnvironment run = ScenarioEnvironment.run("parallel", "Hello", model);

    assertEquals("Best translation: Hola", run.result);
    assertEquals(4, run.activities().size());
    // The three translations are scheduled in one workflow task, before any completes.
    List<Long> scheduled =
        run.history.getEvents().stream()
            .filter(e -> e.hasActivityTaskScheduledEventAttributes())
            .map(e -> e.getActivityTaskScheduledEventAttributes().getWorkflowTaskCompletedEventId())
            .toList();
    assertEquals(scheduled.get(0), scheduled.get(1));
    assertEquals(scheduled.get(0), scheduled.get(2));
  }

  @Test
  void deterministicGateStopsOnStructuredOutput() {
    ModelResponse outline = text("A love story");
    ScenarioEnvironment rejected =
        ScenarioEnvironment.run(
            "gate", "?", outline, text("{\"goodQuality\":true,\"isScifi\":false}"));
    assertEquals("Outline rejected", rejected.result);
    assertEquals(2, rejected.activities().size());
  }

  @Test
  void generatorEvaluatorLoopRunsUntilThePass() {
    ScenarioEnvironment run =
        ScenarioEnvironment.run(
            "judge",
            "A story",
            text("Outline 1"),
            text("{\"feedback\":\"More robots\",\"score\":\"needs_improvement\"}"),
            text("Outline 2"),
            text("{\"feedback\":\"Good\",\"score\":\"pass\"}"));

    assertEquals("Final story outline: Outline 2", run.result);
    assertEquals(4, run.activities().size());
  }
}
