package dev.durableagents.bench;

import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the conversation as the customer-service sample does: each turn is one {@code Runner.run} of
 * the chat agent on the conversation so far, whose {@code toInputList()} becomes the next turn's
 * conversation; or, with a previous response id, on the new message only.
 */
public final class ChatWorkflowImpl implements ChatWorkflow {

  private static final RunConfig WHOLE =
      RunConfig.newBuilder().setWholeConversationInHistory(true).build();

  @Override
  public int run(Input in) {
    List<Item> conversation = new ArrayList<>(in.conversation());
    String lastResponseId = in.lastResponseId();
    int turn = in.turnsDone();
    int turnsThisRun = 0;
    while (turn < in.turns()) {
      if (in.mode() == Mode.CONTINUE_AS_NEW && turnsThisRun >= in.continueAsNewEvery()) {
        Workflow.continueAsNew(
            new Input(
                in.turns(),
                in.messageChars(),
                in.mode(),
                in.continueAsNewEvery(),
                turn,
                List.copyOf(conversation),
                lastResponseId));
      }
      turn++;
      turnsThisRun++;
      String message = Texts.filler("Question " + turn + ": ", in.messageChars());
      if (in.mode() == Mode.PREVIOUS_RESPONSE_ID) {
        RunConfig config =
            lastResponseId == null
                ? RunConfig.getDefaultInstance()
                : RunConfig.newBuilder().setPreviousResponseId(lastResponseId).build();
        RunResult<String> result = Runner.run(ChatAgent.class, message, config);
        lastResponseId = result.lastResponseId();
      } else {
        conversation.add(Message.user(message));
        RunConfig config = in.mode() == Mode.REFERENCES ? RunConfig.getDefaultInstance() : WHOLE;
        RunResult<String> result = Runner.run(ChatAgent.class, conversation, config);
        // The scripted model numbers its answer by the user messages it received.
        if (!result.finalOutput().startsWith("Answer " + turn + ":")) {
          throw ApplicationFailure.newNonRetryableFailure(
              "The model did not receive the whole conversation at turn " + turn,
              "IncompleteConversation");
        }
        conversation = new ArrayList<>(result.toInputList());
      }
    }
    return turn;
  }
}
