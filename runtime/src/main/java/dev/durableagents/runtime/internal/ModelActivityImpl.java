package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Calls the model provider's model. Runs on the worker, where API keys live; it heartbeats at half
 * the heartbeat timeout while the call runs, and turns {@link ModelException}s into typed {@code
 * ApplicationFailure}s so Temporal retries exactly what is worth retrying. A request that continues
 * a conversation is put back together first, from the {@link ConversationCache} or else from the
 * workflow's history, so the model always gets the whole conversation. The heartbeats cover that
 * too: a long history takes a while to fetch.
 */
public final class ModelActivityImpl implements ModelActivity {

  private final Supplier<ModelProvider> provider;
  private final WorkerConversations conversations;

  /**
   * An activity with its own in-memory conversation cache, reading history through the global data
   * converter.
   *
   * @param provider supplies the provider on first use, so a client-only process never builds it
   */
  public ModelActivityImpl(Supplier<ModelProvider> provider) {
    this(provider, ConversationCache.inMemory(), GlobalDataConverter::get);
  }

  /**
   * @param provider supplies the provider on first use, so a client-only process never builds it
   * @param cache the conversations this worker remembers
   * @param converter the workflow client's data converter
   */
  public ModelActivityImpl(
      Supplier<ModelProvider> provider,
      ConversationCache cache,
      Supplier<DataConverter> converter) {
    this(provider, new WorkerConversations(cache, converter));
  }

  /**
   * An activity that rebuilds conversations its cache misses from the histories {@code histories}
   * gives (by workflow id and run id) instead of fetching them with the activity's client.
   */
  ModelActivityImpl(
      Supplier<ModelProvider> provider,
      ConversationCache cache,
      Supplier<DataConverter> converter,
      BiFunction<String, String, WorkflowExecutionHistory> histories) {
    this(provider, new WorkerConversations(cache, converter, histories));
  }

  private ModelActivityImpl(Supplier<ModelProvider> provider, WorkerConversations conversations) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.conversations = conversations;
  }

  @Override
  public ModelResponse invokeModel(ModelRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    ScheduledFuture<?> heartbeat = Heartbeats.start(context);
    try {
      return call(context, request, Model::getResponse);
    } finally {
      Heartbeats.stop(heartbeat);
    }
  }

  @Override
  public ModelResponse invokeModelStreaming(ModelRequest request, String callId) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    try (StreamPublisher publisher = new StreamPublisher(context, callId)) {
      ModelResponse response =
          call(context, request, (model, sent) -> model.streamResponse(sent, publisher));
      publisher.completed();
      return response;
    }
  }

  private ModelResponse call(
      ActivityExecutionContext context,
      ModelRequest request,
      BiFunction<Model, ModelRequest, ModelResponse> invocation) {
    try {
      if (request.conversationRef() == null) {
        return invocation.apply(provider.get().getModel(request.model()), request);
      }
      // A local activity's base was sent by a local activity too: its input is not in history.
      HistoryConversations.Run run =
          context.getInfo().isLocal() ? null : HistoryConversations.Run.of(context.getInfo());
      WorkerConversations.Resolved resolved = conversations.resolve(request, run);
      Model model = provider.get().getModel(request.model());
      ModelResponse response = invocation.apply(model, resolved.request());
      conversations.store(request.conversationRef(), resolved, response);
      return response;
    } catch (ModelException e) {
      // The HTTP status as the details, for AgentFailures to decode at the client.
      Object[] details = e.status() == null ? new Object[0] : new Object[] {e.status()};
      throw ApplicationFailure.newBuilder()
          .setMessage(e.getMessage())
          .setType(e.type())
          .setNonRetryable(!e.retryable())
          .setNextRetryDelay(e.nextRetryDelay())
          .setDetails(details)
          .setCause(e.getCause())
          .build();
    }
  }
}
