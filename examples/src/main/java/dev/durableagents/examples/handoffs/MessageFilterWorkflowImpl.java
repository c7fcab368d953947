package dev.durableagents.examples.handoffs;

import dev.durableagents.examples.handoffs.MessageFilterAgents.FirstAgent;
import dev.durableagents.examples.handoffs.MessageFilterAgents.SecondAgent;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Four runs chained by their conversations ({@code toInputList()} plus the next user message): a
 * greeting, a tool call, a question to a second agent, and a Spanish message that makes it hand off
 * through the filter.
 */
public final class MessageFilterWorkflowImpl implements MessageFilterWorkflow {

  @Override
  public MessageFilterResult run(String userName) {
    // 1. A regular message to the first agent.
    RunResult<String> result = Runner.run(FirstAgent.class, "Hi, my name is " + userName + ".");
    // 2. Ask it to draw a number: an in-workflow tool.
    result =
        Runner.run(
            FirstAgent.class, then(result, "Can you generate a random number between 0 and 100?"));
    // 3. Talk to the second agent.
    result =
        Runner.run(
            SecondAgent.class,
            then(result, "I live in New York City. What's the population of the city?"));
    // 4. Make it hand off to the Spanish assistant, which sees the filtered conversation.
    result =
        Runner.run(
            SecondAgent.class,
            then(result, "Por favor habla en español. ¿Cuál es mi nombre y dónde vivo?"));
    return new MessageFilterResult(result.finalOutput(), result.toInputList());
  }

  private static List<Item> then(RunResult<?> result, String userMessage) {
    List<Item> items = new ArrayList<>(result.toInputList());
    items.add(Message.user(userMessage));
    return items;
  }
}
