package dev.durableagents.examples.basic;

import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import java.util.List;

/**
 * Runs the agent on two user messages, the image's URL and the question. Nobody downloads the image
 * here: the model's provider fetches the URL, so only the URL is in the workflow history.
 */
public final class RemoteImageWorkflowImpl implements RemoteImageWorkflow {

  @Override
  public String run(String imageUrl, String question) {
    Message image =
        new Message(
            "user", List.of(ContentPart.InputImage.ofUrl(imageUrl).withDetail("auto")), null);
    return Runner.<String>run(RemoteImageAgent.class, List.of(image, Message.user(question)))
        .finalOutput();
  }
}
