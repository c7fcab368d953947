package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/RemoteImage}: the agent is shown an image by its URL, which the model's provider
 * fetches. Args: {@code [image URL] [question...]}.
 */
public final class RemoteImage implements Sample {

  static final String DEFAULT_IMAGE_URL =
      "https://upload.wikimedia.org/wikipedia/commons/0/0c/GoldenGateBridge-001.jpg";
  static final String DEFAULT_QUESTION = "What do you see in this image?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new RemoteImage(), args);
  }

  @Override
  public String name() {
    return "basic/RemoteImage";
  }

  @Override
  public String description() {
    return "An image given by URL; the model's provider fetches it";
  }

  @Override
  public String taskQueue() {
    return BasicWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    BasicWorker.register(worker);
  }

  /**
   * Describes the default image; of any other, says what it was given, as an offline model fetches
   * nothing.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(
        request -> {
          String image = ImageInputs.firstImageUrl(request);
          if (DEFAULT_IMAGE_URL.equals(image)) {
            return TestModel.text(
                "The Golden Gate Bridge in San Francisco: its red-orange towers and cables span"
                    + " the strait under a blue sky.");
          }
          return TestModel.text(
              image == null
                  ? "I was sent no image."
                  : "The offline model fetches no images; it was sent the URL " + image + ".");
        });
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    RemoteImageWorkflow workflow = newWorkflow(client, RemoteImageWorkflow.class, workflowId);
    String url = args.isEmpty() ? DEFAULT_IMAGE_URL : args.get(0);
    String question =
        args.size() > 1 ? String.join(" ", args.subList(1, args.size())) : DEFAULT_QUESTION;
    return workflow.run(url, question);
  }
}
