package dev.durableagents.examples.basic;

import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

/**
 * Reads the image in an activity (the file is on the worker, and workflow code must not touch the
 * disk), then runs the agent on two user messages: the image, then the question.
 *
 * <p>The data URL is the activity's result and the model activity's input, so it is stored in the
 * workflow history twice: keep such images small, or pass a URL ({@link RemoteImage}) instead.
 */
public final class LocalImageWorkflowImpl implements LocalImageWorkflow {

  private final ImageFiles files =
      Workflow.newActivityStub(
          ImageFiles.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  @Override
  public String run(String imagePath, String question) {
    String dataUrl = files.readAsDataUrl(imagePath);
    Message image =
        new Message(
            "user", List.of(ContentPart.InputImage.ofUrl(dataUrl).withDetail("auto")), null);
    return Runner.<String>run(LocalImageAgent.class, List.of(image, Message.user(question)))
        .finalOutput();
  }
}
