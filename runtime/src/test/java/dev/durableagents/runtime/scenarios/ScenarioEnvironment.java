package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a scenario against a scripted model and keeps what tests assert on. Histories are recorded
 * into {@code src/test/resources/histories} when {@code -Dhistories.record=true}, for {@code
 * ScenarioReplayTest}.
 */
public final class ScenarioEnvironment {

  public final String result;
  public final WorkflowExecutionHistory history;
  public final List<ModelRequest> requests;
  public final List<String> modelNames;

  private ScenarioEnvironment(
      String result,
      WorkflowExecutionHistory history,
      List<ModelRequest> requests,
      List<String> modelNames) {
    this.result = result;
    this.history = history;
    this.requests = requests;
    this.modelNames = modelNames;
  }

  /** Runs scenario {@code name} on {@code input}, the model answering with {@code script}. */
  public static ScenarioEnvironment run(String name, String input, ModelResponse... script) {
    return run(name, input, TestModel.returning(script));
  }

  /** Runs scenario {@code name} on {@code input} against {@code model}. */
  public static ScenarioEnvironment run(String name, String input, TestModel model) {
    TestModelProvider provider = new TestModelProvider(model);
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(provider)
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(10))
                    .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                    .build())
            .build();
    // Cache size 0: every workflow task replays from the start, so determinism is exercised.
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 0)) {
      env.worker().registerWorkflowImplementationTypes(ScenarioWorkflowImpl.class);
      env.worker().registerActivitiesImplementations(new Scenarios.Lookups());
      env.start();
      String workflowId = "scenario-" + name;
      String result;
      try {
        result = env.newWorkflow(ScenarioWorkflow.class, workflowId).run(name, input);
      } catch (WorkflowFailedException e) {
        record(name, Histories.of(env.client(), workflowId));
        throw e;
      }
      WorkflowExecutionHistory history = Histories.of(env.client(), workflowId);
      record(name, history);
      return new ScenarioEnvironment(result, history, model.requests(), provider.modelNames());
    }
  }

  /**
   * Runs a scenario that must fail, and returns the client's exception (its history is recorded
   * like any other).
   */
  public static WorkflowFailedException failing(
      String name, String input, ModelResponse... script) {
    try {
      run(name, input, script);
    } catch (WorkflowFailedException e) {
      return e;
    }
    throw new AssertionError("scenario " + name + " did not fail");
  }

  /** The activity types scheduled, in order. */
  public List<String> activities() {
    return Histories.scheduledActivities(history);
  }

  private static void record(String name, WorkflowExecutionHistory history) {
    if (!Boolean.getBoolean("histories.record")) {
      return;
    }
    try {
      Path dir = Path.of("src/test/resources/histories");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".json"), history.toJson(true), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
