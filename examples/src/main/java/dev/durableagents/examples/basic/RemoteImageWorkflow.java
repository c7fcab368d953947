package dev.durableagents.examples.basic;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The {@link RemoteImage} sample's workflow: the agent is shown an image by its URL. */
@WorkflowInterface
public interface RemoteImageWorkflow {

  /** Asks {@code question} about the image at {@code imageUrl}; the answer. */
  @WorkflowMethod
  String run(String imageUrl, String question);
}
