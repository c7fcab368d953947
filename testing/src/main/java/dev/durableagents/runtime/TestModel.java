package dev.durableagents.runtime;

import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A scripted model for tests: it answers each call with the next response of its script, and
 * records every request it receives. Plug it in with a {@link TestModelProvider}.
 *
 * <pre>{@code
 * TestModel model = TestModel.returning(
 *     TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
 *     TestModel.text("It is sunny in Tokyo."));
 * DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder()
 *     .setModelProvider(new TestModelProvider(model)).build();
 * // ... run the workflow on a TestWorkflowEnvironment whose client carries the plugin ...
 * assertEquals(2, model.requests().size());
 * }</pre>
 *
 * <p>A call after the script is exhausted fails with a non-retryable {@link ModelException} of type
 * {@value #SCRIPT_EXHAUSTED}.
 */
public final class TestModel implements Model {

  /** The failure type of a call the script has no response for. */
  public static final String SCRIPT_EXHAUSTED = "TestModelScriptExhausted";

  private final Function<ModelRequest, ModelResponse> responder;
  private final List<ModelRequest> requests = new ArrayList<>();
  private volatile Duration chunkDelay = Duration.ZERO;

  private TestModel(Function<ModelRequest, ModelResponse> responder) {
    this.responder = responder;
  }

  /** A model that returns {@code responses} in order, one per call. */
  public static TestModel returning(ModelResponse... responses) {
    return returning(Arrays.asList(responses));
  }

  /** A model that returns {@code responses} in order, one per call. */
  public static TestModel returning(List<ModelResponse> responses) {
    List<ModelResponse> script = List.copyOf(responses);
    int[] next = {0};
    return new TestModel(
        request -> {
          synchronized (next) {
            return next(script, next, request);
          }
        });
  }

  /** The next response of {@code script}; {@code next} holds its index. */
  private static ModelResponse next(List<ModelResponse> script, int[] next, ModelRequest request) {
    if (next[0] >= script.size()) {
      throw new ModelException(
          "TestModel has no response left: its script holds "
              + script.size()
              + " and call "
              + (next[0] + 1)
              + " came from agent '"
              + request.agentName()
              + "'",
          SCRIPT_EXHAUSTED,
          false,
          null,
          null);
    }
    return script.get(next[0]++);
  }

  /**
   * A model that computes each response from the request. Calls made concurrently (parallel tool
   * calls, input guardrails running beside the first model call) call {@code responder}
   * concurrently: one call may block without holding up the others.
   */
  public static TestModel answering(Function<ModelRequest, ModelResponse> responder) {
    return new TestModel(Objects.requireNonNull(responder, "responder"));
  }

  /** A response holding one assistant message. */
  public static ModelResponse text(String text) {
    return response(new Message("assistant", List.of(new ContentPart.OutputText(text)), "msg"));
  }

  /**
   * A response holding one function call, with call id {@code "call_<name>"}.
   *
   * @param toolName the tool to call
   * @param argumentsJson its arguments, as JSON text
   */
  public static ModelResponse toolCall(String toolName, String argumentsJson) {
    return response(new FunctionCall("call_" + toolName, toolName, argumentsJson, null));
  }

  /** A response holding the given items, with a usage of 10 input and 5 output tokens. */
  public static ModelResponse response(Item... output) {
    return new ModelResponse(Arrays.asList(output), Usage.ofRequest(10, 5), null);
  }

  @Override
  public ModelResponse getResponse(ModelRequest request) {
    synchronized (this) {
      requests.add(request);
    }
    return responder.apply(request);
  }

  /**
   * Streams the response a call would return: each assistant message's text goes to {@code
   * listener} word by word (a word with the whitespace after it), and each reasoning summary
   * likewise, with {@link #setStreamChunkDelay the chunk delay} before each piece; then the whole
   * response is returned.
   */
  @Override
  public ModelResponse streamResponse(ModelRequest request, ModelStreamListener listener) {
    ModelResponse response = getResponse(request);
    for (Item item : response.output()) {
      if (item instanceof Reasoning reasoning && reasoning.summaryText() != null) {
        for (String chunk : chunks(reasoning.summaryText())) {
          pause();
          listener.onReasoningDelta(chunk);
        }
      } else if (item instanceof Message message && "assistant".equals(message.role())) {
        for (String chunk : chunks(message.text())) {
          pause();
          listener.onTextDelta(chunk);
        }
      }
    }
    return response;
  }

  /**
   * Sets the pause before each streamed piece ({@link #streamResponse}), so a test or a sample sees
   * text arrive over time; none by default.
   *
   * @return this model
   */
  public TestModel setStreamChunkDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    this.chunkDelay = delay;
    return this;
  }

  /** {@code text} cut after each run of whitespace: {@code "Hello world"} is "Hello ", "world". */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return chunks;
    }
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
        chunks.add(text.substring(start, i));
        start = i;
      }
    }
    chunks.add(text.substring(start));
    return chunks;
  }

  private void pause() {
    long millis = chunkDelay.toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ModelException("interrupted while streaming", "Interrupted", true, null, null);
      }
    }
  }

  /** Every request received so far, in order. */
  public synchronized List<ModelRequest> requests() {
    return List.copyOf(requests);
  }
}
