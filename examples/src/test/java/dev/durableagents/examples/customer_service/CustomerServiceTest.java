package dev.durableagents.examples.customer_service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowTargetOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

  private TestModel model;
  private TestWorkflowEnvironment env;
  private WorkflowClient client;

  /** A worker of the sample on a test server; cache size 0 replays the history on every task. */
  private void startEnvironment(int workflowCacheSize) {
    model = AirlineScript.model();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder().setModelProvider(new TestModelProvider(model)).build();
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkflowCacheSize(workflowCacheSize)
                        .build())
                .build());
    Worker worker = env.newWorker(CustomerServiceWorker.TASK_QUEUE);
    CustomerServiceWorker.register(worker);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void stopEnvironment() {
    if (env != null) {
      env.close();
    }
  }

  /** Starts a conversation; returns its first run. */
  private WorkflowExecution start(String id, CustomerServiceState state) {
    CustomerServiceWorkflow workflow =
        client.newWorkflowStub(
            CustomerServiceWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(id)
                .setTaskQueue(CustomerServiceWorker.TASK_QUEUE)
                .build());
    return WorkflowClient.start(workflow::run, state);
  }

  private CustomerServiceWorkflow conversation(String id) {
    return client.newWorkflowStub(CustomerServiceWorkflow.class, id);
  }

  private static List<String> say(CustomerServiceWorkflow conversation, String message) {
    int length = conversation.getChatHistory().size();
    return conversation.processUserMessage(new ProcessUserMessageInput(message, length));
  }

  @Test
  void demoConversationHandsOffBetweenAgentsAndChangesTheSeat() {
    SampleRun run = SampleRun.offline(new CustomerService(), List.of());
    RecordedHistories.recordIfAsked("customer_service-CustomerService", run);

    assertEquals(
        List.of(
            // A bag question: triage -> FAQ, which looks it up (an in-workflow tool) and answers.
            "Triage Agent",
            "FAQ Agent",
            "FAQ Agent",
            // A seat change, asked of the FAQ agent: back to triage, then to seat booking.
            "FAQ Agent",
            "Triage Agent",
            "Seat Booking Agent",
            // The confirmation number, then the seat: the update tool runs.
            "Seat Booking Agent",
            "Seat Booking Agent",
            "Seat Booking Agent",
            // A wifi question, asked of seat booking: triage -> FAQ.
            "Seat Booking Agent",
            "Triage Agent",
            "FAQ Agent",
            "FAQ Agent"),
        run.modelCallAgents());
    assertTrue(
        run.result.contains(
            "User: I would like to change my seat.\n"
                + "Handed off from FAQ Agent to Triage Agent\n"
                + "Handed off from Triage Agent to Seat Booking Agent\n"
                + "Seat Booking Agent: Sure! What is your confirmation number?\n"),
        run.result);
    assertTrue(
        run.result.contains(
            "Seat Booking Agent: Tool call output: Updated seat to 12A for confirmation number"
                + " ABC123\n"),
        run.result);
    assertTrue(
        run.result.endsWith(
            "FAQ Agent: We have free wifi on the plane, join Airline-Wifi\n"
                + "Conversation customer_service-CustomerService: 21 lines of chat history."
                + " Resume it with --conversation-id customer_service-CustomerService (on a"
                + " Temporal server that outlives this process: see the launcher's server"
                + " command)."),
        run.result);
  }

  private static String rejection(Runnable update) {
    WorkflowUpdateException e = assertThrows(WorkflowUpdateException.class, update::run);
    return assertInstanceOf(ApplicationFailure.class, e.getCause()).getOriginalMessage();
  }

  @Test
  void validatorRejectsEmptyTooLongAndStaleMessagesBeforeTheyEnterTheHistory() {
    startEnvironment(600);
    start("validation", CustomerServiceState.newConversation());
    CustomerServiceWorkflow conversation = conversation("validation");

    assertEquals(
        "User input cannot be empty.",
        rejection(() -> conversation.processUserMessage(new ProcessUserMessageInput("", 0))));
    assertEquals(
        "User input is too long. Please limit to 1000 characters.",
        rejection(
            () ->
                conversation.processUserMessage(new ProcessUserMessageInput("x".repeat(1001), 0))));
    assertEquals(
        "Stale chat history. Please refresh the chat.",
        rejection(() -> conversation.processUserMessage(new ProcessUserMessageInput("Hello", 3))));

    // Rejected updates never reach the history, nor the model.
    WorkflowExecutionHistory history = client.fetchHistory("validation");
    assertTrue(
        history.getEvents().stream()
            .noneMatch(
                e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED));
    assertEquals(0, model.requests().size());
    assertEquals(List.of(), conversation.getChatHistory());

    // At exactly 1000 characters and the right length, a message goes through.
    String longest = "Is there wifi on the plane? " + "!".repeat(1000 - 28);
    assertEquals(1000, longest.length());
    assertEquals("User: " + longest, say(conversation, longest).get(0));
  }

  @Test
  void queryReturnsTheChatHistoryAndTheAgentKeepsTheConversation() {
    startEnvironment(600);
    start("query", CustomerServiceState.newConversation());
    CustomerServiceWorkflow conversation = conversation("query");

    List<String> lines = say(conversation, "Can I bring a bag on the plane?");

    assertEquals(lines, conversation.getChatHistory());
    assertEquals(
        List.of(
            "User: Can I bring a bag on the plane?",
            "Handed off from Triage Agent to FAQ Agent",
            "FAQ Agent: Calling a tool",
            "FAQ Agent: Tool call output: You are allowed to bring one bag on the plane. It must"
                + " be under 50 pounds and 22 inches x 14 inches x 9 inches.",
            "FAQ Agent: You are allowed to bring one bag on the plane. It must be under 50 pounds"
                + " and 22 inches x 14 inches x 9 inches."),
        lines);
    CustomerServiceState state = conversation.getState();
    assertEquals("FAQ Agent", state.currentAgentName());
    // The model's view: the user message, handoff call and output, tool call and output, answer.
    assertEquals(6, state.inputItems().size());

    // The next message goes straight to the FAQ agent, which kept the conversation.
    say(conversation, "Is there wifi?");
    assertEquals("FAQ Agent", model.requests().get(3).agentName());
  }

  @Test
  void handoffHookSetsTheFlightNumberWithWorkflowRandomnessThatReplaysTheSame() {
    // Cache size 0: every workflow task, and every query, replays the whole history.
    startEnvironment(0);
    start("seat", CustomerServiceState.newConversation());
    CustomerServiceWorkflow conversation = conversation("seat");

    say(conversation, "I would like to change my seat.");
    String flight = conversation.getState().context().flightNumber;
    assertTrue(flight.matches("FLT-\\d{3}"), flight);
    say(conversation, "My confirmation number is ABC123.");
    List<String> lines = say(conversation, "Seat 12A, please.");

    assertTrue(
        lines.contains(
            "Seat Booking Agent: Tool call output: Updated seat to 12A for confirmation number"
                + " ABC123"),
        lines.toString());
    AirlineAgentContext context = conversation.getState().context();
    assertEquals(flight, context.flightNumber, "replayed to the same number");
    assertEquals("ABC123", context.confirmationNumber);
    assertEquals("12A", context.seatNumber);
  }

  @Test
  void continueAsNewCarriesTheWholeConversation() {
    startEnvironment(600);
    WorkflowExecution firstRun =
        start("long-chat", CustomerServiceState.newConversation().withContinueAsNewAfterTurns(2));
    CustomerServiceWorkflow conversation = conversation("long-chat");

    say(conversation, "I would like to change my seat.");
    say(conversation, "My confirmation number is ABC123.");
    awaitStatus(firstRun, WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW);
    CustomerServiceState carried =
        client
            .newWorkflowStub(
                CustomerServiceWorkflow.class,
                WorkflowTargetOptions.newBuilder().setWorkflowExecution(firstRun).build())
            .getState();
    assertEquals("Seat Booking Agent", carried.currentAgentName());
    assertTrue(carried.context().flightNumber.matches("FLT-\\d{3}"));

    // The next message reaches the new run, at the seat booking agent, which still has the
    // confirmation number (in the carried conversation) and the flight (in the carried context).
    List<String> lines = say(conversation, "Seat 12A, please.");
    assertTrue(
        lines.contains(
            "Seat Booking Agent: Tool call output: Updated seat to 12A for confirmation number"
                + " ABC123"),
        lines.toString());
    assertEquals(
        "Seat Booking Agent", model.requests().get(model.requests().size() - 2).agentName());
    CustomerServiceState now = conversation.getState();
    assertEquals(carried.context().flightNumber, now.context().flightNumber);
    assertEquals(carried.chatHistory().size() + lines.size(), now.chatHistory().size());
    assertEquals(carried.chatHistory(), now.chatHistory().subList(0, carried.chatHistory().size()));

    WorkflowExecutionHistory first = client.fetchHistory("long-chat", firstRun.getRunId());
    assertEquals(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
        first.getLastEvent().getEventType());
    WorkflowExecutionHistory second = client.fetchHistory("long-chat");
    assertNotEquals(firstRun.getRunId(), second.getWorkflowExecution().getRunId());
    RecordedHistories.recordIfAsked("customer_service-CustomerService-continuedAsNew", first);
    RecordedHistories.recordIfAsked("customer_service-CustomerService-afterContinueAsNew", second);
  }

  private void awaitStatus(WorkflowExecution run, WorkflowExecutionStatus status) {
    for (int i = 0; i < 100; i++) {
      if (client
              .newUntypedWorkflowStub(
                  WorkflowTargetOptions.newBuilder().setWorkflowExecution(run).build())
              .describe()
              .getStatus()
          == status) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("run " + run.getRunId() + " never reached " + status);
  }
}
