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
 * {@code agent_patterns/AgentsAsTools}: an orchestrator agent calls translator agents as tools
 * ({@code @AsTool}); they run inside the same workflow, two at once here, and a synthesizer agent
 * joins their work from the conversation ({@code RunResult.toInputList()}).
 */
public final class AgentsAsTools implements Sample {

  static final String DEFAULT_MESSAGE =
      "Translate 'Good morning, how are you?' to Spanish and French.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link AgentPatternsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new AgentsAsTools(), args);
  }

  @Override
  public String name() {
    return "agent_patterns/AgentsAsTools";
  }

  @Override
  public String description() {
    return "Agents as tools (@AsTool), two nested runs at once, then a synthesizer agent";
  }

  @Override
  public String taskQueue() {
    return AgentPatternsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentPatternsWorker.register(worker);
  }

  /** One script per agent: the two translators run concurrently, in either order. */
  @Override
  public TestModel offlineModel(List<String> args) {
    String text = "Good morning, how are you?";
    return Scripts.byAgent(
        Map.of(
            "orchestrator_agent",
            List.of(
                Scripts.toolCalls(
                    Scripts.call("call_es", "translate_to_spanish", input(text)),
                    Scripts.call("call_fr", "translate_to_french", input(text))),
                TestModel.text(
                    "Spanish: Buenos días, ¿cómo estás?\nFrench: Bonjour, comment allez-vous ?")),
            "spanish_agent",
            List.of(TestModel.text("Buenos días, ¿cómo estás?")),
            "french_agent",
            List.of(TestModel.text("Bonjour, comment allez-vous ?")),
            "synthesizer_agent",
            List.of(
                TestModel.text(
                    "Spanish: Buenos días, ¿cómo estás?\nFrench: Bonjour, comment allez-vous ?"))));
  }

  private static String input(String text) {
    return "{\"input\":\"" + text + "\"}";
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    AgentsAsToolsWorkflow workflow = newWorkflow(client, AgentsAsToolsWorkflow.class, workflowId);
    return workflow.run(args.isEmpty() ? DEFAULT_MESSAGE : String.join(" ", args));
  }
}
