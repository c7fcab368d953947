package dev.durableagents.examples.customer_service;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowLock;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation's state lives in this object: the chat lines, the agent that has the
 * conversation, the run context and the model's view of the conversation. Each update runs the
 * current agent once ({@code Runner.run}), which may hand off to other agents; the agent that
 * answered keeps the conversation for the next message.
 */
public final class CustomerServiceWorkflowImpl implements CustomerServiceWorkflow {

  /** The longest message the validator accepts. */
  static final int MAX_INPUT_LENGTH = 1000;

  private final List<String> chatHistory;
  private final AirlineAgentContext context;
  private final int continueAsNewAfterTurns;
  private final WorkflowLock lock = Workflow.newWorkflowLock();
  private AgentDefinition currentAgent;
  private List<Item> inputItems;
  private int turnsThisRun;

  /** Builds the state from the run's input, before any update or query is handled. */
  @WorkflowInit
  public CustomerServiceWorkflowImpl(CustomerServiceState state) {
    CustomerServiceState s = state != null ? state : CustomerServiceState.newConversation();
    this.chatHistory = new ArrayList<>(s.chatHistory());
    this.context = s.context() != null ? s.context() : new AirlineAgentContext();
    this.currentAgent = agentNamed(s.currentAgentName());
    this.inputItems = new ArrayList<>(s.inputItems());
    this.continueAsNewAfterTurns = s.continueAsNewAfterTurns();
  }

  @Override
  public void run(CustomerServiceState state) {
    Workflow.await(() -> shouldContinueAsNew() && Workflow.isEveryHandlerFinished());
    Workflow.continueAsNew(getState());
  }

  private boolean shouldContinueAsNew() {
    return Workflow.getInfo().isContinueAsNewSuggested()
        || (continueAsNewAfterTurns > 0 && turnsThisRun >= continueAsNewAfterTurns);
  }

  @Override
  public List<String> getChatHistory() {
    return List.copyOf(chatHistory);
  }

  @Override
  public CustomerServiceState getState() {
    return new CustomerServiceState(
        List.copyOf(chatHistory),
        currentAgent.name(),
        context,
        List.copyOf(inputItems),
        continueAsNewAfterTurns);
  }

  @Override
  public void validateProcessUserMessage(ProcessUserMessageInput input) {
    if (input.userInput() == null || input.userInput().isEmpty()) {
      throw new IllegalArgumentException("User input cannot be empty.");
    }
    if (input.userInput().length() > MAX_INPUT_LENGTH) {
      throw new IllegalArgumentException(
          "User input is too long. Please limit to " + MAX_INPUT_LENGTH + " characters.");
    }
    if (input.chatLength() != chatHistory.size()) {
      throw new IllegalArgumentException("Stale chat history. Please refresh the chat.");
    }
  }

  @Override
  public List<String> processUserMessage(ProcessUserMessageInput input) {
    // One message at a time: a second one waits here until the first has its answer.
    lock.lock();
    try {
      if (input.chatLength() != chatHistory.size()) {
        throw ApplicationFailure.newFailure(
            "Stale chat history. Please refresh the chat.", "StaleChatHistory");
      }
      List<Item> items = new ArrayList<>(inputItems);
      items.add(Message.user(input.userInput()));
      RunResult<String> result = Runner.run(currentAgent, items, RunConfig.withContext(context));

      List<String> lines = new ArrayList<>();
      lines.add("User: " + input.userInput());
      for (RunItem item : result.newItems()) {
        String line = describe(item);
        if (line != null) {
          lines.add(line);
        }
      }
      // Only a message that got its answer enters the state.
      chatHistory.addAll(lines);
      inputItems = new ArrayList<>(result.toInputList());
      currentAgent = result.lastAgent();
      turnsThisRun++;
      Workflow.setCurrentDetails(String.join("\n\n", chatHistory));
      return lines;
    } finally {
      lock.unlock();
    }
  }

  /** A chat line for an item of the run, or {@code null} for none. */
  private static String describe(RunItem item) {
    if (item instanceof RunItem.MessageOutputItem message) {
      return item.agentName() + ": " + message.text();
    }
    if (item instanceof RunItem.HandoffOutputItem handoff) {
      return "Handed off from " + handoff.sourceAgent() + " to " + handoff.targetAgent();
    }
    if (item instanceof RunItem.ToolCallItem) {
      return item.agentName() + ": Calling a tool";
    }
    if (item instanceof RunItem.ToolCallOutputItem output) {
      return item.agentName() + ": Tool call output: " + output.item().output();
    }
    return null; // the handoff call itself: its outcome has a line of its own
  }

  /** The airline agent named {@code name}, to resume a conversation where it was. */
  static AgentDefinition agentNamed(String name) {
    for (AgentDefinition agent :
        List.of(
            TriageAgentDefinition.definition(),
            FaqAgentDefinition.definition(),
            SeatBookingAgentDefinition.definition())) {
      if (agent.name().equals(name)) {
        return agent;
      }
    }
    throw ApplicationFailure.newNonRetryableFailure(
        "No airline agent named " + name, "UnknownAgent");
  }
}
