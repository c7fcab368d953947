package dev.durableagents.runtime.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelStreamListener;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model called through OpenAI's Responses API ({@code POST /responses}) with the official
 * openai-java client: one HTTP request per {@link #getResponse} call.
 *
 * <p>Failures are thrown as {@link ModelException}s typed with the {@link OpenAIErrors} constants,
 * retryable or not, with the server's {@code retry-after} as the next retry delay, so Temporal
 * retries the model activity exactly when it is worth it.
 *
 * <p>Usually obtained from {@link OpenAIProvider#getModel}. To call a client configured by hand (a
 * proxy, custom headers, ...), use {@link #OpenAIResponsesModel(OpenAIClient, String)} and build
 * the client with {@code maxRetries(0)}: Temporal owns retries.
 */
public final class OpenAIResponsesModel implements Model {

  private final String modelName;
  private final Supplier<OpenAIClient> client;
  private final String secret;
  private final Clock clock;
  private final Map<String, Map<String, String>> mcpHeaders;

  /**
   * A model that calls {@code modelName} through {@code client}.
   *
   * @param client the client; build it with {@code maxRetries(0)}
   * @param modelName the model, for example {@code "gpt-4o"}
   */
  public OpenAIResponsesModel(OpenAIClient client, String modelName) {
    this(
        modelName,
        constant(Objects.requireNonNull(client, "client")),
        null,
        Clock.systemUTC(),
        Map.of());
  }

  /**
   * @param client supplies the client on each call; may throw a {@link ModelException}
   * @param secret the API key, removed from failure messages; may be {@code null}
   * @param mcpHeaders headers of hosted MCP servers, by server label, added on the worker
   */
  OpenAIResponsesModel(
      String modelName,
      Supplier<OpenAIClient> client,
      String secret,
      Clock clock,
      Map<String, Map<String, String>> mcpHeaders) {
    this.modelName = Objects.requireNonNull(modelName, "modelName");
    this.client = Objects.requireNonNull(client, "client");
    this.secret = secret;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.mcpHeaders = Objects.requireNonNull(mcpHeaders, "mcpHeaders");
  }

  /** The model this calls. */
  public String modelName() {
    return modelName;
  }

  /**
   * Calls the model once with {@code request}. The request's own {@code model} is not read: the
   * provider already chose this model for it.
   *
   * @throws ModelException when the call fails; its {@link ModelException#type()} is one of the
   *     {@link OpenAIErrors} constants
   */
  @Override
  public ModelResponse getResponse(ModelRequest request) {
    OpenAIClient openAI = client.get();
    ResponseCreateParams params = ResponsesRequestMapper.toParams(modelName, request, mcpHeaders);
    return OpenAIErrors.call(
        () -> ResponsesResponseMapper.toModelResponse(openAI.responses().create(params)),
        secret,
        clock);
  }

  /**
   * Calls the model once through the streaming Responses API ({@code stream: true}): reports {@code
   * response.output_text.delta} and reasoning (summary) text deltas to {@code listener} as the
   * server-sent events arrive, and returns the response of the {@code response.completed} event,
   * mapped as {@link #getResponse} maps it.
   *
   * @throws ModelException when the call fails, the stream reports an error or a failed response
   *     (retryable, type {@link OpenAIErrors#INVALID_RESPONSE_ERROR}), or the stream ends without a
   *     completed response (retryable, type {@link OpenAIErrors#INVALID_RESPONSE_ERROR})
   */
  @Override
  public ModelResponse streamResponse(ModelRequest request, ModelStreamListener listener) {
    OpenAIClient openAI = client.get();
    ResponseCreateParams params = ResponsesRequestMapper.toParams(modelName, request, mcpHeaders);
    return OpenAIErrors.call(
        () -> {
          try (StreamResponse<ResponseStreamEvent> stream =
              openAI.responses().createStreaming(params)) {
            Response completed = null;
            for (ResponseStreamEvent event :
                (Iterable<ResponseStreamEvent>) stream.stream()::iterator) {
              if (event.isOutputTextDelta()) {
                listener.onTextDelta(event.asOutputTextDelta().delta());
              } else if (event.isReasoningSummaryTextDelta()) {
                listener.onReasoningDelta(event.asReasoningSummaryTextDelta().delta());
              } else if (event.isReasoningTextDelta()) {
                listener.onReasoningDelta(event.asReasoningTextDelta().delta());
              } else if (event.isCompleted()) {
                completed = event.asCompleted().response();
              } else if (event.isError() || event.isFailed()) {
                throw new ModelException(
                    "The Responses API stream reported a failure: " + event,
                    OpenAIErrors.INVALID_RESPONSE_ERROR,
                    true,
                    null,
                    null);
              }
            }
            if (completed == null) {
              throw new ModelException(
                  "The Responses API stream ended without a response.completed event",
                  OpenAIErrors.INVALID_RESPONSE_ERROR,
                  true,
                  null,
                  null);
            }
            return ResponsesResponseMapper.toModelResponse(completed);
          }
        },
        secret,
        clock);
  }

  @Override
  public String toString() {
    return "OpenAIResponsesModel{" + modelName + "}";
  }

  private static Supplier<OpenAIClient> constant(OpenAIClient client) {
    return () -> client;
  }
}
