package dev.durableagents.runtime.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelStreamListener;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model called through the Chat Completions API ({@code POST /chat/completions}) with the
 * official openai-java client: one HTTP request per {@link #getResponse} call. This is the API of
 * most OpenAI-compatible servers (Ollama, vLLM, LiteLLM's proxy, Azure OpenAI deployments, ...).
 *
 * <pre>{@code
 * OpenAIProvider ollama = OpenAIProvider.newBuilder()
 *     .setBaseUrl("http://localhost:11434/v1")
 *     .setApiKey("ollama")                    // Ollama ignores it; the client needs one
 *     .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
 *     .setDefaultModel("llama3.2")
 *     .build();
 * }</pre>
 *
 * <p>Failures are typed as on the Responses API (see {@link OpenAIErrors}). What only the Responses
 * API can do fails the call, not retried, with {@link OpenAIErrors#UNSUPPORTED_REQUEST_ERROR}:
 * hosted tools, previous response and conversation ids, hosted tool call items in the input.
 * Reasoning items in the input are left out. Responses carry no id.
 */
public final class OpenAIChatCompletionsModel implements Model {

  private final String modelName;
  private final Supplier<OpenAIClient> client;
  private final String secret;
  private final Clock clock;

  /**
   * A model that calls {@code modelName} through {@code client}.
   *
   * @param client the client; build it with {@code maxRetries(0)}: Temporal owns retries
   * @param modelName the model, for example {@code "gpt-4o"} or {@code "llama3.2"}
   */
  public OpenAIChatCompletionsModel(OpenAIClient client, String modelName) {
    this(modelName, constant(Objects.requireNonNull(client, "client")), null, Clock.systemUTC());
  }

  /**
   * @param client supplies the client on each call; may throw a {@link ModelException}
   * @param secret the API key, removed from failure messages; may be {@code null}
   */
  OpenAIChatCompletionsModel(
      String modelName, Supplier<OpenAIClient> client, String secret, Clock clock) {
    this.modelName = Objects.requireNonNull(modelName, "modelName");
    this.client = Objects.requireNonNull(client, "client");
    this.secret = secret;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The model this calls. */
  public String modelName() {
    return modelName;
  }

  /**
   * Calls the model once with {@code request}. The request's own {@code model} is not read: the
   * provider already chose this model for it.
   *
   * @throws ModelException when the call fails or the request needs the Responses API; its {@link
   *     ModelException#type()} is one of the {@link OpenAIErrors} constants
   */
  @Override
  public ModelResponse getResponse(ModelRequest request) {
    ChatCompletionCreateParams params = ChatCompletionsRequestMapper.toParams(modelName, request);
    OpenAIClient openAI = client.get();
    return OpenAIErrors.call(
        () ->
            ChatCompletionsResponseMapper.toModelResponse(
                openAI.chat().completions().create(params)),
        secret,
        clock);
  }

  /**
   * Calls the model once through streaming Chat Completions ({@code stream: true}, with {@code
   * stream_options.include_usage}): reports each chunk's content delta to {@code listener} as the
   * server-sent events arrive, and returns the completion the chunks add up to (content, refusal,
   * tool calls by index, the last usage seen), mapped as {@link #getResponse} maps it. Chunks are
   * read leniently, as OpenAI-compatible servers leave fields out.
   *
   * @throws ModelException when the call fails, the request needs the Responses API, or the stream
   *     ends before a choice finished (retryable, type {@link OpenAIErrors#INVALID_RESPONSE_ERROR})
   */
  @Override
  public ModelResponse streamResponse(ModelRequest request, ModelStreamListener listener) {
    ChatCompletionCreateParams params =
        ChatCompletionsRequestMapper.toParams(modelName, request).toBuilder()
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    OpenAIClient openAI = client.get();
    return OpenAIErrors.call(
        () -> {
          ChatCompletionChunks chunks = new ChatCompletionChunks();
          try (StreamResponse<ChatCompletionChunk> stream =
              openAI.chat().completions().createStreaming(params)) {
            for (ChatCompletionChunk chunk :
                (Iterable<ChatCompletionChunk>) stream.stream()::iterator) {
              String text = chunks.add(chunk);
              if (text != null) {
                listener.onTextDelta(text);
              }
            }
          }
          if (!chunks.finished()) {
            // The body ended before the completion did: a dropped connection, not an answer.
            throw new ModelException(
                "The Chat Completions stream ended before a finish_reason",
                OpenAIErrors.INVALID_RESPONSE_ERROR,
                true,
                null,
                null);
          }
          return ChatCompletionsResponseMapper.toModelResponse(chunks.completion());
        },
        secret,
        clock);
  }

  @Override
  public String toString() {
    return "OpenAIChatCompletionsModel{" + modelName + "}";
  }

  private static Supplier<OpenAIClient> constant(OpenAIClient client) {
    return () -> client;
  }
}
