package dev.durableagents.examples.tools;

import dev.durableagents.examples.support.OptionArgs;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FileSearchCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code tools/FileSearch}: the model answers from the documents of an OpenAI vector store with the
 * hosted file search, added to the agent at run time. Args: {@code [--vector-store-id vs_...]
 * [question...]}; with a real key, give the id of a vector store of your own.
 */
public final class FileSearch implements Sample {

  static final String DEFAULT_QUESTION =
      "Be concise, and tell me 1 sentence about Arrakis I might not know.";

  /** The offline run's store; OpenAI knows no store by this id. */
  static final String OFFLINE_VECTOR_STORE_ID = "vs_offline_arrakis";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ToolsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new FileSearch(), args);
  }

  @Override
  public String name() {
    return "tools/FileSearch";
  }

  @Override
  public String description() {
    return "OpenAI's hosted file search over a vector store given at run time";
  }

  @Override
  public String taskQueue() {
    return ToolsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ToolsWorker.register(worker);
  }

  /** One response, as OpenAI returns it: the search with its matching chunks, then the answer. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.response(
            new FileSearchCall(
                "fs_offline_1",
                "completed",
                List.of("Arrakis facts"),
                List.of(
                    new FileSearchCall.Result(
                        "file-offline-arrakis",
                        "arrakis.txt",
                        0.92,
                        "Arrakis, the third planet of Canopus, has no open water; its people"
                            + " wear stillsuits that reclaim the body's moisture.",
                        null),
                    new FileSearchCall.Result(
                        "file-offline-spice",
                        "spice.txt",
                        0.71,
                        "The spice melange is found only in the deep desert of Arrakis.",
                        null))),
            Message.assistant(
                "Arrakis has no open water, so its people wear stillsuits that reclaim their"
                    + " body's moisture.")));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    OptionArgs words = OptionArgs.take(args, "--vector-store-id");
    String vectorStoreId = words.optionOr(OFFLINE_VECTOR_STORE_ID);
    FileSearchWorkflow workflow = newWorkflow(client, FileSearchWorkflow.class, workflowId);
    FileSearchWorkflow.Answer answer = workflow.run(words.textOr(DEFAULT_QUESTION), vectorStoreId);
    return "Searched "
        + vectorStoreId
        + " for "
        + answer.queries()
        + "; found "
        + answer.sources()
        + "\n\n"
        + answer.answer();
  }
}
