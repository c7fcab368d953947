package dev.durableagents.runtime.scenarios;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A chat of several turns, each one or more {@code Runner.run}s on the conversation so far. */
@WorkflowInterface
public interface ConversationWorkflow {

  /**
   * @param mode {@code chat}, {@code tools}, {@code parallel}, {@code handoffFilter} or {@code
   *     previousResponseId}
   * @param turns user messages
   * @param messageChars characters of each message (and of each answer)
   * @param whole whether the runs ask for the whole conversation in history
   * @return the last answer's first characters and the conversation's size
   */
  @WorkflowMethod
  String chat(String mode, int turns, int messageChars, boolean whole);
}
