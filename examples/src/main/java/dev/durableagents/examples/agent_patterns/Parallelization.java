package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;

/**
 * {@code agent_patterns/Parallelization}: three runs of a translator at once ({@code
 * Async.function} + {@code Promise.allOf}), then a picker agent chooses the best.
 */
public final class Parallelization implements Sample {

  static final String DEFAULT_MESSAGE = "Hello, world! How are you today?";
  static final List<String> TRANSLATIONS =
      List.of(
          "¡Hola, mundo! ¿Cómo estás hoy?",
          "¡Hola, mundo! ¿Qué tal estás hoy?",
          "¡Hola, mundo! ¿Cómo te encuentras hoy?");

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Parallelization(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/Parallelization";
  }

  @Override
  public String description() {
    return "Three runs of one agent in parallel (Async + Promise.allOf), then a picker";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  /** One script per agent: the three translations go to whichever run asks first. */
  @Override
  public TestModel offlineModel(List<String> args) {
    return Scripts.byAgent(
        Map.of(
            "spanish_agent", TRANSLATIONS.stream().map(TestModel::text).toList(),
            "translation_picker", List.of(TestModel.text(TRANSLATIONS.get(0)))));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ParallelizationWorkflow workflow =
        newWorkflow(client, ParallelizationWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_MESSAGE : String.join(" ", args));
  }
}
