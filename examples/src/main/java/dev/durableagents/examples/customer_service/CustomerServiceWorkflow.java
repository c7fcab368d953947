package dev.durableagents.examples.customer_service;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * A customer-service conversation: one workflow per conversation, alive as long as it goes on.
 * Start it once (its id is the conversation id), then send each message as an update.
 */
@WorkflowInterface
public interface CustomerServiceWorkflow {

  /**
   * Waits for messages, and continues as new (carrying its whole state) when its history grows
   * long; it never completes.
   *
   * @param state the conversation so far, or {@code null} for a new one
   */
  @WorkflowMethod
  void run(CustomerServiceState state);

  /** The lines of the chat so far, as shown to the customer. */
  @QueryMethod
  List<String> getChatHistory();

  /** The whole state of the conversation, as it would continue as new now. */
  @QueryMethod
  CustomerServiceState getState();

  /** Runs the current agent on the customer's message; returns the chat lines it added. */
  @UpdateMethod
  List<String> processUserMessage(ProcessUserMessageInput input);

  /**
   * Rejects, before it enters the history, a message that is empty, longer than 1000 characters, or
   * sent on a stale chat history.
   */
  @UpdateValidatorMethod(updateName = "processUserMessage")
  void validateProcessUserMessage(ProcessUserMessageInput input);
}
