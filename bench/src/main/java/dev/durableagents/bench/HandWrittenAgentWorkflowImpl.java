package dev.durableagents.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Temporal developer writes without the processor: the same activity types and payloads as
 * the generated workflow ({@code InvokeModel} with a {@link ModelRequest}, then one tool activity
 * per call with the parsed argument), the conversation kept in a list, tool calls of one response
 * started together, and nothing else: no hooks, guardrails, handoffs or tool-use behaviours.
 */
public final class HandWrittenAgentWorkflowImpl implements HandWrittenAgentWorkflow {

  static final String INVOKE_MODEL = "InvokeModel";
  static final String LOOKUP = "BenchTools.lookup";
  static final String LOOKUP_LOCAL = "BenchLocalTools.lookup";
  static final int MAX_TURNS = 50;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LOOKUP_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\",\"description\":"
          + "\"The key to look up\"}},\"required\":[\"key\"],\"additionalProperties\":false}";
  private static final List<FunctionToolSpec> TOOLS =
      List.of(
          new FunctionToolSpec(
              "lookup", "Look up the fact stored under a key.", parse(LOOKUP_SCHEMA), true));

  private static final ActivityOptions MODEL_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(60))
          .setSummary(BenchAgent.NAME)
          .build();
  private static final LocalActivityOptions LOCAL_MODEL_OPTIONS =
      LocalActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(60))
          .setSummary(BenchAgent.NAME)
          .build();
  private static final ActivityOptions TOOL_OPTIONS =
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build();
  private static final LocalActivityOptions LOCAL_TOOL_OPTIONS =
      LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build();

  @Override
  public String run(String question, boolean local) {
    ActivityStub model =
        local
            ? Workflow.newUntypedLocalActivityStub(LOCAL_MODEL_OPTIONS)
            : Workflow.newUntypedActivityStub(MODEL_OPTIONS);
    ActivityStub tools =
        local
            ? Workflow.newUntypedLocalActivityStub(LOCAL_TOOL_OPTIONS)
            : Workflow.newUntypedActivityStub(TOOL_OPTIONS);
    String toolType = local ? LOOKUP_LOCAL : LOOKUP;
    List<Item> conversation = new ArrayList<>();
    conversation.add(Message.user(question));
    for (int turn = 0; turn < MAX_TURNS; turn++) {
      ModelRequest request =
          new ModelRequest(
              BenchAgent.NAME,
              null,
              BenchAgent.INSTRUCTIONS,
              conversation,
              ModelSettings.DEFAULT,
              TOOLS,
              List.of(),
              null,
              null);
      ModelResponse response = model.execute(INVOKE_MODEL, ModelResponse.class, request);
      conversation.addAll(response.output());
      List<FunctionCall> calls = new ArrayList<>();
      String answer = null;
      for (Item item : response.output()) {
        if (item instanceof FunctionCall call) {
          calls.add(call);
        } else if (item instanceof Message message) {
          answer = message.text();
        }
      }
      if (calls.isEmpty()) {
        return answer;
      }
      List<Promise<BenchTools.Fact>> results = new ArrayList<>(calls.size());
      for (FunctionCall call : calls) {
        String key = parse(call.arguments()).get("key").asText();
        results.add(tools.executeAsync(toolType, BenchTools.Fact.class, key));
      }
      for (int i = 0; i < calls.size(); i++) {
        conversation.add(
            new FunctionCallOutput(calls.get(i).callId(), toJson(results.get(i).get())));
      }
    }
    throw ApplicationFailure.newNonRetryableFailure("Too many turns", "MaxTurnsExceeded");
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "BadJson");
    }
  }

  private static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "BadJson");
    }
  }
}
