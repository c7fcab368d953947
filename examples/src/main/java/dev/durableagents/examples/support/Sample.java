package dev.durableagents.examples.support;

import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

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
   * sample's test uses the same script.
   */
  List<ModelResponse> offlineScript(List<String> args);

  /**
   * Starts the sample's workflow with id {@code workflowId}, waits for it, and returns what to
   * print.
   */
  String run(WorkflowClient client, String workflowId, List<String> args);
}
