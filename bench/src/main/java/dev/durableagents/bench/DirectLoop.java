package dev.durableagents.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same agent loop with no Temporal: the model and the tool are called directly, in the caller's
 * thread. Tool arguments are parsed and results written as JSON, as every variant must.
 */
public final class DirectLoop {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Model model;
  private final BenchTools tools;
  private final List<FunctionToolSpec> toolSpecs;

  /** A loop over this model and tool implementation. */
  public DirectLoop(Model model, BenchTools tools) {
    this.model = model;
    this.tools = tools;
    this.toolSpecs = BenchToolsDefinition.tools().stream().map(t -> t.spec()).toList();
  }

  /** Runs the loop on {@code question} and returns the answer. */
  public String run(String question) {
    List<Item> conversation = new ArrayList<>();
    conversation.add(Message.user(question));
    for (int turn = 0; turn < HandWrittenAgentWorkflowImpl.MAX_TURNS; turn++) {
      ModelRequest request =
          new ModelRequest(
              BenchAgent.NAME,
              null,
              BenchAgent.INSTRUCTIONS,
              conversation,
              ModelSettings.DEFAULT,
              toolSpecs,
              List.of(),
              null,
              null);
      ModelResponse response = model.getResponse(request);
      conversation.addAll(response.output());
      String answer = null;
      boolean called = false;
      for (Item item : response.output()) {
        if (item instanceof FunctionCall call) {
          called = true;
          try {
            String key = MAPPER.readTree(call.arguments()).get("key").asText();
            String output = MAPPER.writeValueAsString(tools.lookup(key));
            conversation.add(new FunctionCallOutput(call.callId(), output));
          } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
          }
        } else if (item instanceof Message message) {
          answer = message.text();
        }
      }
      if (!called) {
        return answer;
      }
    }
    throw new IllegalStateException("Too many turns");
  }
}
