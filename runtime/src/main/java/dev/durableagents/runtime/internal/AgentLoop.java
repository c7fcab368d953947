package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.MaxTurnsExceeded;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent loop, in workflow code: ask the model (one activity), run the tool calls it asked for
 * (concurrently, one activity each for tool sets), feed their outputs back, and repeat until the
 * model answers without calling tools, or the turn limit is reached.
 *
 * <p>Everything here is deterministic: the only effects are activities, scheduled through
 * Temporal, and the order of items follows the order of the model's output.
 */
public final class AgentLoop {

  private AgentLoop() {}

  /** Runs {@code agent} on {@code input}. */
  @SuppressWarnings("unchecked")
  public static <T> RunResult<T> run(AgentDefinition agent, List<Item> input, RunConfig config) {
    WorkflowRuntime runtime = WorkflowRuntime.current();
    int maxTurns = config.maxTurns() != null ? config.maxTurns() : agent.maxTurns();
    List<RunItem> newItems = new ArrayList<>();
    List<ModelResponse> responses = new ArrayList<>();
    Usage usage = Usage.ZERO;
    // With a previous response id (or a conversation id) the server holds the conversation: send
    // only what is new.
    String previousResponseId = config.previousResponseId();
    List<Item> pending = new ArrayList<>(input);

    for (int turn = 1; ; turn++) {
      if (turn > maxTurns) {
        throw new MaxTurnsExceeded(maxTurns, agent.name());
      }
      List<Item> requestInput;
      if (previousResponseId != null || config.conversationId() != null) {
        requestInput = pending;
      } else {
        requestInput = new ArrayList<>(input);
        newItems.forEach(i -> requestInput.add(i.item()));
      }
      ModelRequest request = request(agent, requestInput, config, runtime, previousResponseId);
      request =
          request.withHostedTools(agent.hostedTools()).withConversationId(config.conversationId());
      ModelResponse response = ModelInvoker.invoke(runtime, agent, request);
      responses.add(response);
      usage = usage.plus(response.usage());
      pending = new ArrayList<>();
      if (previousResponseId != null || config.previousResponseId() != null) {
        previousResponseId = response.responseId();
      }

      Message lastMessage = null;
      List<FunctionCall> calls = new ArrayList<>();
      for (Item item : response.output()) {
        if (item instanceof Message message) {
          newItems.add(new RunItem.MessageOutputItem(agent.name(), message));
          lastMessage = message;
        } else if (item instanceof FunctionCall call) {
          newItems.add(new RunItem.ToolCallItem(agent.name(), call));
          calls.add(call);
        } else {
          HostedToolItems.add(agent.name(), item, newItems); // reasoning, hosted tools, MCP
        }
      }
      boolean approvalsAnswered = McpApprovals.answer(agent, response.output(), newItems, pending);

      if (!calls.isEmpty()) {
        List<FunctionCallOutput> outputs = ToolRunner.runAll(agent, calls);
        for (FunctionCallOutput output : outputs) {
          newItems.add(new RunItem.ToolCallOutputItem(agent.name(), output));
          pending.add(output);
        }
        continue;
      }
      if (approvalsAnswered) {
        continue; // the provider runs the approved MCP calls on the next model call
      }
      if (lastMessage != null) {
        Object output = agent.outputType().parse(lastMessage.text());
        return new RunResult<>((T) output, input, newItems, responses, agent, usage);
      }
      // Neither a message nor a tool call (for example only reasoning): ask again.
    }
  }

  private static ModelRequest request(
      AgentDefinition agent,
      List<Item> input,
      RunConfig config,
      WorkflowRuntime runtime,
      String previousResponseId) {
    String model = config.model();
    if (model == null) {
      model = agent.model();
    }
    if (model == null) {
      model = runtime.defaultModel();
    }
    List<FunctionToolSpec> tools = new ArrayList<>(agent.tools().size());
    agent.tools().forEach(t -> tools.add(t.spec()));
    return new ModelRequest(
        agent.name(),
        model,
        agent.instructions(),
        input,
        agent.modelSettings().overriddenBy(config.modelSettings()),
        tools,
        List.of(),
        agent.outputType().schema(),
        previousResponseId);
  }
}
