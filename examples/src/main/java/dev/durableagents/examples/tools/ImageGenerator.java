package dev.durableagents.examples.tools;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ImageGenerationCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * {@code tools/ImageGenerator}: the model draws with OpenAI's hosted image generation (the agent's
 * {@code @ImageGenerationTool}); the starter saves the image to a temporary file and prints its
 * path. Args: {@code [prompt...]}.
 */
public final class ImageGenerator implements Sample {

  static final String DEFAULT_PROMPT =
      "Create an image of a frog eating a pizza, comic book style.";

  /** The offline model's "generated" image: a 24x24 frog next to a pizza slice. */
  static final String OFFLINE_IMAGE = "media/offline-frog.png";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ToolsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new ImageGenerator(), args);
  }

  @Override
  public String name() {
    return "tools/ImageGenerator";
  }

  @Override
  public String description() {
    return "OpenAI's hosted image generation (@ImageGenerationTool); the image is saved to a file";
  }

  @Override
  public String taskQueue() {
    return ToolsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ToolsWorker.register(worker);
  }

  /** One response, as OpenAI returns it: the image generation call, then the agent's text. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.response(
            new ImageGenerationCall(
                "ig_offline_1",
                "completed",
                Base64.getEncoder().encodeToString(offlineImageBytes())),
            Message.assistant("Here is a comic-book frog about to eat a slice of pizza.")));
  }

  /** The bytes of the offline model's image. */
  static byte[] offlineImageBytes() {
    try (InputStream image =
        ImageGenerator.class.getClassLoader().getResourceAsStream(OFFLINE_IMAGE)) {
      if (image == null) {
        throw new IllegalStateException("Missing resource " + OFFLINE_IMAGE);
      }
      return image.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ImageGeneratorWorkflow workflow = newWorkflow(client, ImageGeneratorWorkflow.class, workflowId);
    ImageGeneratorWorkflow.ImageGenerationResult result =
        workflow.run(args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
    String text = "Text result: " + result.finalOutput();
    if (result.imageData() == null) {
      return text + "\nNo image data found in result";
    }
    byte[] image = Base64.getDecoder().decode(result.imageData());
    try {
      Path file = Files.createTempFile("image-generator-", ".png");
      Files.write(file, image);
      return text + "\nImage saved to: " + file + " (" + image.length + " bytes)";
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the generated image", e);
    }
  }
}
