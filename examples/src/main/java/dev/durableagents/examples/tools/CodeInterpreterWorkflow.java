package dev.durableagents.examples.tools;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link CodeInterpreter} sample's workflow: a question the model answers by running code. */
@WorkflowInterface
public interface CodeInterpreterWorkflow {

  /**
   * The answer, and how the model got it.
   *
   * @param answer the agent's final output
   * @param code the code the interpreter ran, in order
   */
  record Answer(String answer, List<String> code) {}

  @WorkflowMethod
  Answer run(String question);
}
