package dev.durableagents.examples.support;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;

/**
 * One runnable sample: what the launcher needs to run it end to end in one process, and what its
 * test needs to run it against a scripted model.
 */
public interface Sample {

  /** The launcher's name for the sample, {@code folder/Name}, e.g. {@code basic/HelloWorld}. */
  String name();

  /** One line on what the sample shows. */
  String description();

  /** The task queue its worker polls. */
  String taskQueue();

  /** Registers the sample's workflows and activities on a worker of {@link #taskQueue()}. */
  void register(Worker worker);

  /**
   * The model responses the sample gets when it runs offline, one per model call, in order; the
   * sample's test uses the same script. Samples whose model calls run in parallel, or whose answers
   * depend on what the workflow computed, override {@link #offlineModel} instead.
   */
  default List<ModelResponse> offlineScript(List<String> args) {
    throw new UnsupportedOperationException(
        name() + " answers offline with a model that reads each request: see offlineModel");
  }

  /**
   * The scripted model the sample talks to offline, in the launcher and in its test: by default one
   * that plays {@link #offlineScript} in order.
   */
  default TestModel offlineModel(List<String> args) {
    return TestModel.returning(offlineScript(args));
  }

  /**
   * The model the launcher runs the sample on, given the environment variables {@code env}: by
   * default OpenAI when {@code OPENAI_API_KEY} is set, else {@link #offlineModel}. Samples of other
   * model providers override it; offline, the description must still start with {@code "Model:
   * offline scripted model"}.
   */
  default Models.Choice model(List<String> args, Map<String, String> env) {
    return Models.fromEnvironment(offlineModel(args), env);
  }

  /** The plugin of the launcher's client: by default {@link Models#plugin}. */
  default DurableAgentsPlugin plugin(Models.Choice model) {
    return Models.plugin(model);
  }

  /**
   * The id of the workflow the launcher or a starter starts: by default the sample's name and the
   * current time; a sample that resumes a workflow (a conversation) may take it from {@code args}.
   */
  default String workflowId(List<String> args) {
    return name().replace('/', '-') + "-" + System.currentTimeMillis();
  }

  /**
   * Starts the sample's workflow with id {@code workflowId}, waits for it, and returns what to
   * print.
   */
  String run(WorkflowClient client, String workflowId, List<String> args);

  /**
   * A stub of the workflow {@code type}, to start as {@code workflowId} on the sample's task queue.
   */
  default <W> W newWorkflow(WorkflowClient client, Class<W> type, String workflowId) {
    return client.newWorkflowStub(
        type,
        WorkflowOptions.newBuilder().setTaskQueue(taskQueue()).setWorkflowId(workflowId).build());
  }

  /**
   * Runs the sample for a person at a terminal: by default the same as {@link #run(WorkflowClient,
   * String, List)}. Interactive samples (the customer-service chat) read the person's lines from
   * {@code terminal}.
   */
  default String run(
      WorkflowClient client, String workflowId, List<String> args, Terminal terminal) {
    return run(client, workflowId, args);
  }
}
