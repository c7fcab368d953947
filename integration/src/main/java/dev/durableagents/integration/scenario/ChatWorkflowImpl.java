package dev.durableagents.integration.scenario;

import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * Each turn runs the chat agent on the conversation so far, as the customer-service sample does.
 */
public final class ChatWorkflowImpl implements ChatWorkflow {

  @Override
  public int chat(int turns, int messageChars) {
    List<Item> conversation = new ArrayList<>();
    for (int turn = 1; turn <= turns; turn++) {
      conversation.add(Message.user(ChatModel.message(turn, messageChars)));
      RunResult<String> result = Runner.run(ChatAgent.class, conversation);
      if (!result.finalOutput().startsWith(ChatModel.answerPrefix(turn))) {
        throw ApplicationFailure.newNonRetryableFailure(
            "the model did not receive the whole conversation at turn " + turn,
            "IncompleteConversation");
      }
      conversation = new ArrayList<>(result.toInputList());
    }
    return turns;
  }
}
