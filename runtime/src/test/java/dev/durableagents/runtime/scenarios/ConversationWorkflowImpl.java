package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.HandoffFilters;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * The chats of the conversation-reference tests, as the customer-service sample runs them: each
 * turn runs agents on the previous run's {@code toInputList()} plus the new user message.
 */
public class ConversationWorkflowImpl implements ConversationWorkflow {

  static final AgentDefinition CHAT = AgentDefinition.newBuilder("Chat").build();
  static final AgentDefinition CRITIC = AgentDefinition.newBuilder("Critic").build();
  static final AgentDefinition RESEARCHER =
      AgentDefinition.newBuilder("Researcher").addTool(Scenarios.LOOKUP).build();
  static final AgentDefinition FRONT_DESK =
      AgentDefinition.newBuilder("Front Desk")
          .addHandoff(
              HandoffDefinition.newBuilder(() -> CHAT)
                  .setInputFilter(HandoffFilters.removeAllTools())
                  .build())
          .build();

  @Override
  public String chat(String mode, int turns, int messageChars, boolean whole) {
    RunConfig config =
        whole
            ? RunConfig.newBuilder().setWholeConversationInHistory(true).build()
            : RunConfig.getDefaultInstance();
    List<Item> conversation = new ArrayList<>();
    String last = "";
    String responseId = null;
    for (int turn = 1; turn <= turns; turn++) {
      conversation.add(Message.user(filler("Question " + turn + ": ", messageChars)));
      RunResult<String> result;
      switch (mode) {
        case "chat" -> result = Runner.run(CHAT, conversation, config);
        case "tools" -> result = Runner.run(RESEARCHER, conversation, config);
        case "handoffFilter" -> result = Runner.run(FRONT_DESK, conversation, config);
        case "previousResponseId" -> {
          // The provider keeps the conversation: only the new message is sent.
          Item message = conversation.get(conversation.size() - 1);
          RunConfig continuing =
              responseId == null
                  ? config
                  : config.toBuilder().setPreviousResponseId(responseId).build();
          result = Runner.run(CHAT, List.of(message), continuing);
          responseId = result.lastResponseId();
        }
        case "parallel" -> {
          List<Item> asked = List.copyOf(conversation);
          Promise<RunResult<String>> chat = Async.function(() -> Runner.run(CHAT, asked, config));
          Promise<RunResult<String>> critic =
              Async.function(() -> Runner.run(CRITIC, asked, config));
          result = chat.get();
          last = critic.get().finalOutput().substring(0, 10) + " / ";
        }
        default -> throw new IllegalArgumentException("No mode " + mode);
      }
      conversation = new ArrayList<>(result.toInputList());
      last += result.finalOutput().substring(0, 20);
    }
    return last + " (" + conversation.size() + " items)";
  }

  /** {@code prefix} padded to {@code chars} characters. */
  static String filler(String prefix, int chars) {
    StringBuilder text = new StringBuilder(prefix);
    while (text.length() < chars) {
      text.append("lorem ipsum ");
    }
    text.setLength(Math.max(chars, prefix.length()));
    return text.toString();
  }

  /**
   * The model of these chats: the front desk hands off, the researcher looks up before answering,
   * and every answer is as long as the messages and names the agent and the user messages seen.
   */
  static TestModel model(int messageChars) {
    return TestModel.answering(request -> answer(request, messageChars));
  }

  private static ModelResponse answer(ModelRequest request, int messageChars) {
    List<Item> input = request.input();
    Item lastItem = input.get(input.size() - 1);
    if (request.agentName().equals("Front Desk")) {
      return TestModel.toolCall("transfer_to_chat", "{}");
    }
    if (request.agentName().equals("Researcher") && !(lastItem instanceof FunctionCallOutput)) {
      return TestModel.toolCall("lookup", "{\"query\":\"item " + input.size() + "\"}");
    }
    long questions =
        input.stream().filter(i -> i instanceof Message m && m.role().equals("user")).count();
    String prefix =
        request.agentName() + " answers " + questions + " questions of " + input.size() + ": ";
    ModelResponse text = TestModel.text(filler(prefix, messageChars));
    return new ModelResponse(text.output(), text.usage(), "resp_" + questions);
  }
}
