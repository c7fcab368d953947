package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code basic/NonStrictOutput}: a structured output with a map ({@code Map<Integer, String>}),
 * sent as a plain, non-strict JSON schema ({@code @Agent(strictOutput = false)}). The Python sample
 * first runs the agent in strict mode to show the error; here that error is a compile error of the
 * agent interface, so only the non-strict run is left. Args: {@code [request...]}.
 */
public final class NonStrictOutput implements Sample {

  static final String DEFAULT_REQUEST = "Tell me 3 short jokes.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new NonStrictOutput(), args);
  }

  @Override
  public String name() {
    return "basic/NonStrictOutput";
  }

  @Override
  public String description() {
    return "Structured output with a map, as a non-strict JSON schema (strictOutput = false)";
  }

  @Override
  public String taskQueue() {
    return BasicWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    BasicWorker.register(worker);
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.text(
            "{\"jokes\":{"
                + "\"1\":\"Why do Java developers wear glasses? Because they don't C#.\","
                + "\"2\":\"I would tell you a UDP joke, but you might not get it.\","
                + "\"3\":\"There are 10 kinds of people: those who know binary and those who"
                + " don't.\"}}"));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    NonStrictOutputAgentWorkflow workflow =
        newWorkflow(client, NonStrictOutputAgentWorkflow.class, workflowId);
    NonStrictOutputAgent.Jokes jokes =
        workflow.tell(args.isEmpty() ? DEFAULT_REQUEST : String.join(" ", args));
    StringBuilder text = new StringBuilder("Jokes (a Map<Integer, String>):");
    for (Map.Entry<Integer, String> joke : new TreeMap<>(jokes.jokes()).entrySet()) {
      text.append("\n").append(joke.getKey()).append(". ").append(joke.getValue());
    }
    return text.toString();
  }
}
