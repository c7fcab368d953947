package dev.durableagents.bench;

import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' model: a pure function of the request, so any number of runs can share it.
 *
 * <p>For the {@link BenchAgent}: while the request holds fewer than {@code toolTurns} tool outputs
 * it asks for one {@code lookup} call, then it answers. For the {@link ChatAgent}: it answers every
 * request with one assistant message of {@code replyChars} characters and a response id, so
 * previous-response-id runs can chain on it. Each call first sleeps the configured latency (a
 * blocking sleep, like a blocking HTTP client).
 */
public final class ScriptedModel implements Model, ModelProvider {

  private final int toolTurns;
  private final int replyChars;
  private volatile long latencyMillis;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong finalAnswers = new AtomicLong();

  /**
   * @param toolTurns how many tool calls the bench agent makes before it answers
   * @param replyChars the length of each chat agent answer
   */
  public ScriptedModel(int toolTurns, int replyChars) {
    this.toolTurns = toolTurns;
    this.replyChars = replyChars;
  }

  /** Sets the simulated latency of each later call. */
  public void setLatencyMillis(long latencyMillis) {
    this.latencyMillis = latencyMillis;
  }

  /** The number of tool calls before the answer. */
  public int toolTurns() {
    return toolTurns;
  }

  /** Calls so far. */
  public long calls() {
    return calls.get();
  }

  /** Final answers given so far: one per bench run that reached its end. */
  public long finalAnswers() {
    return finalAnswers.get();
  }

  @Override
  public Model getModel(String modelName) {
    return this;
  }

  @Override
  public ModelResponse getResponse(ModelRequest request) {
    calls.incrementAndGet();
    long latency = latencyMillis;
    if (latency > 0) {
      try {
        Thread.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (ChatAgent.NAME.equals(request.agentName())) {
      return chatAnswer(request);
    }
    int outputs = 0;
    for (Item item : request.input()) {
      if (item instanceof FunctionCallOutput) {
        outputs++;
      }
    }
    if (outputs < toolTurns) {
      int n = outputs + 1;
      return new ModelResponse(
          List.of(new FunctionCall("call_" + n, "lookup", "{\"key\":\"k" + n + "\"}", null)),
          Usage.ofRequest(10, 5),
          null);
    }
    finalAnswers.incrementAndGet();
    return new ModelResponse(
        List.of(
            new Message(
                "assistant",
                List.of(new ContentPart.OutputText("Done after " + outputs + " lookups.")),
                "msg")),
        Usage.ofRequest(10, 5),
        null);
  }

  private ModelResponse chatAnswer(ModelRequest request) {
    // The turn number: the previous response's plus one, or the user messages sent so far.
    int turn;
    if (request.previousResponseId() != null) {
      turn = Integer.parseInt(request.previousResponseId().substring("resp_".length())) + 1;
    } else {
      turn = 0;
      for (Item item : request.input()) {
        if (item instanceof Message m && m.role().equals("user")) {
          turn++;
        }
      }
    }
    String text = Texts.filler("Answer " + turn + ": ", replyChars);
    return new ModelResponse(
        List.of(new Message("assistant", List.of(new ContentPart.OutputText(text)), "msg_" + turn)),
        Usage.ofRequest(10, 5),
        "resp_" + turn);
  }
}
