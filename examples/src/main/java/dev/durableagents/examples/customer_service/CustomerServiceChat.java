package dev.durableagents.examples.customer_service;

import dev.durableagents.examples.support.Terminal;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat client: it resumes the conversation's workflow if it is running (printing the history a
 * query returns) or starts it, then sends each line typed as an update and prints the new chat
 * lines. {@code quit} (or the end of the input) ends the chat, not the conversation: it can be
 * resumed later by its id.
 */
final class CustomerServiceChat {

  private final WorkflowClient client;
  private final String conversationId;
  private final String taskQueue;
  private final Terminal terminal;
  private List<String> history = new ArrayList<>();

  CustomerServiceChat(
      WorkflowClient client, String conversationId, String taskQueue, Terminal terminal) {
    this.client = client;
    this.conversationId = conversationId;
    this.taskQueue = taskQueue;
    this.terminal = terminal;
  }

  /**
   * Chats until {@code quit} or the end of the input; when nothing at all was typed, plays {@code
   * demo} as if typed. Returns a summary of the conversation.
   */
  String chat(List<String> demo) {
    boolean resumed = resumeOrStart();
    if (resumed) {
      terminal.out().println("Resuming conversation " + conversationId + ":");
      history.forEach(terminal.out()::println);
    } else {
      terminal.out().println("Conversation " + conversationId + " started; type quit to leave.");
    }
    CustomerServiceWorkflow conversation =
        client.newWorkflowStub(CustomerServiceWorkflow.class, conversationId);
    boolean typed = false;
    while (true) {
      String line = terminal.readLine("Enter your message: ");
      if (line == null) {
        break;
      }
      typed = true;
      if (line.trim().equalsIgnoreCase("quit") || line.trim().equalsIgnoreCase("exit")) {
        break;
      }
      send(conversation, line);
    }
    if (!typed) {
      terminal.out().println("(no input: playing a demo conversation)");
      for (String line : demo) {
        terminal.out().println("Enter your message: " + line);
        send(conversation, line);
      }
    }
    return "Conversation "
        + conversationId
        + ": "
        + history.size()
        + " lines of chat history. Resume it with --conversation-id "
        + conversationId
        + " (on a Temporal server that outlives this process: see the launcher's server"
        + " command).";
  }

  private void send(CustomerServiceWorkflow conversation, String line) {
    try {
      List<String> lines =
          conversation.processUserMessage(new ProcessUserMessageInput(line, history.size()));
      history.addAll(lines);
      lines.forEach(terminal.out()::println);
    } catch (WorkflowUpdateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      terminal.out().println("** " + message(cause) + " Reloading the conversation...");
      int seen = history.size();
      history = new ArrayList<>(conversation.getChatHistory());
      history
          .subList(Math.min(seen, history.size()), history.size())
          .forEach(terminal.out()::println);
    }
  }

  /** Queries a running conversation's history, or starts the conversation; true if resumed. */
  private boolean resumeOrStart() {
    if (isRunning()) {
      history =
          new ArrayList<>(
              client
                  .newWorkflowStub(CustomerServiceWorkflow.class, conversationId)
                  .getChatHistory());
      return true;
    }
    CustomerServiceWorkflow conversation =
        client.newWorkflowStub(
            CustomerServiceWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(conversationId)
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(conversation::run, CustomerServiceState.newConversation());
    return false;
  }

  private boolean isRunning() {
    try {
      return client.newUntypedWorkflowStub(conversationId).describe().getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (WorkflowNotFoundException e) {
      return false;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  private static String message(Throwable failure) {
    if (failure instanceof io.temporal.failure.ApplicationFailure application) {
      return application.getOriginalMessage();
    }
    return failure.getMessage();
  }
}
