package dev.durableagents.examples.basic;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The {@link LocalImage} sample's workflow: an activity reads an image on the worker, then the
 * agent is shown it, as a {@code data:} URL, with a question.
 */
@WorkflowInterface
public interface LocalImageWorkflow {

  /** Asks {@code question} about the image at {@code imagePath} on the worker; the answer. */
  @WorkflowMethod
  String run(String imagePath, String question);
}
