package dev.durableagents.examples.basic;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code basic/LocalImage}: an activity reads an image on the worker, and the agent is shown it as
 * a {@code data:} URL with a question. Args: {@code [image path] [question...]}; the default image
 * is {@code media/landscape.png} on the worker's classpath, a 32x24 picture shipped with the
 * examples.
 */
public final class LocalImage implements Sample {

  static final String DEFAULT_IMAGE = "media/landscape.png";
  static final String DEFAULT_QUESTION = "What do you see in this image?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link BasicWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new LocalImage(), args);
  }

  @Override
  public String name() {
    return "basic/LocalImage";
  }

  @Override
  public String description() {
    return "An image read by an activity on the worker, sent to the model as a data URL";
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
   * Describes the default image; of any other image, says what it received, as an offline model
   * cannot see.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    String landscape = new ImageFilesImpl().readAsDataUrl(DEFAULT_IMAGE);
    return TestModel.answering(
        request -> {
          String image = ImageInputs.firstImageUrl(request);
          if (landscape.equals(image)) {
            return TestModel.text(
                "A tiny pixel-art landscape: a yellow sun in a clear blue sky above two green"
                    + " hills.");
          }
          return TestModel.text(
              image == null
                  ? "I was sent no image."
                  : "The offline model cannot see images; it was sent "
                      + image.substring(0, image.indexOf(','))
                      + " ("
                      + image.length()
                      + " characters).");
        });
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    LocalImageWorkflow workflow = newWorkflow(client, LocalImageWorkflow.class, workflowId);
    String image = args.isEmpty() ? DEFAULT_IMAGE : args.get(0);
    String question =
        args.size() > 1 ? String.join(" ", args.subList(1, args.size())) : DEFAULT_QUESTION;
    return workflow.run(image, question);
  }
}
