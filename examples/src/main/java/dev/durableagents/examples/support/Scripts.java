package dev.durableagents.examples.support;

import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Building blocks of the samples' offline models. */
public final class Scripts {

  private Scripts() {}

  /**
   * A model with one script per agent: each call gets the next response of its agent's script.
   * Agents whose runs go in parallel each keep their order, whatever order their calls arrive in.
   */
  public static TestModel byAgent(Map<String, List<ModelResponse>> scripts) {
    Map<String, Deque<ModelResponse>> queues = new LinkedHashMap<>();
    scripts.forEach((agent, script) -> queues.put(agent, new ArrayDeque<>(script)));
    return TestModel.answering(
        request -> {
          Deque<ModelResponse> queue = queues.get(request.agentName());
          if (queue == null || queue.isEmpty()) {
            throw new ModelException(
                "The offline script has no response left for agent '"
                    + request.agentName()
                    + "'; scripted agents: "
                    + scripts.keySet(),
                TestModel.SCRIPT_EXHAUSTED,
                false,
                null,
                null);
          }
          return queue.poll();
        });
  }

  /** A response holding several function calls at once, which the run makes concurrently. */
  public static ModelResponse toolCalls(FunctionCall... calls) {
    return TestModel.response(calls);
  }

  /** A function call with this call id. */
  public static FunctionCall call(String callId, String toolName, String argumentsJson) {
    return new FunctionCall(callId, toolName, argumentsJson, null);
  }

  /** The text of the last user message of the request, or an empty string. */
  public static String lastUserText(ModelRequest request) {
    List<Item> input = request.input();
    for (int i = input.size() - 1; i >= 0; i--) {
      if (input.get(i) instanceof Message m && m.role().equals("user")) {
        return m.text();
      }
    }
    return "";
  }

  /** The last input item of the request, or {@code null}. */
  public static Item lastItem(ModelRequest request) {
    List<Item> input = request.input();
    return input.isEmpty() ? null : input.get(input.size() - 1);
  }

  /** The output of the request's last item when it is a tool's output, else {@code null}. */
  public static String lastToolOutput(ModelRequest request) {
    return lastItem(request) instanceof FunctionCallOutput output ? output.output() : null;
  }

  /** Every text the user wrote in the request's input, in order. */
  public static List<String> userTexts(ModelRequest request) {
    List<String> texts = new ArrayList<>();
    for (Item item : request.input()) {
      if (item instanceof Message m && m.role().equals("user")) {
        texts.add(m.text());
      }
    }
    return texts;
  }

  /** An assistant message response, as {@link TestModel#text} makes, but with a response id. */
  public static ModelResponse textWithId(String text, String responseId) {
    return new ModelResponse(
        List.of(new Message("assistant", List.of(new ContentPart.OutputText(text)), "msg")),
        TestModel.text(text).usage(),
        responseId);
  }
}
