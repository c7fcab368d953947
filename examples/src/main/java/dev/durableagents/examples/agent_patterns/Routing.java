package dev.durableagents.examples.agent_patterns;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code agent_patterns/Routing}: handoffs ({@code @Handoff}): a triage agent hands the request to
 * the French, Spanish or English agent, which answers in the same run.
 */
public final class Routing implements Sample {

  static final String DEFAULT_MESSAGE = "Bonjour! Comment allez-vous aujourd'hui?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new Routing(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/Routing";
  }

  @Override
  public String description() {
    return "Handoffs (@Handoff): a triage agent routes to the agent of the request's language";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.toolCall("transfer_to_french_agent", "{}"),
        TestModel.text("Je vais très bien, merci ! Et vous ?"));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    RoutingWorkflow workflow = newWorkflow(client, RoutingWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_MESSAGE : String.join(" ", args));
  }
}
