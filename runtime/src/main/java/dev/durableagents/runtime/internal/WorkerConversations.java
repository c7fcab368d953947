package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.ConversationRef;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.Activity;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The worker's side of conversation references: puts a request's whole input back together from the
 * {@link ConversationCache} before the model sees it, and stores each call's conversation after it
 * (see {@link ConversationRef}). A conversation the cache does not hold is rebuilt from the
 * workflow run's history ({@link HistoryConversations}); only when that is impossible does the
 * activity fail as a miss, for the workflow to send the whole conversation.
 */
final class WorkerConversations {

  private final ConversationCache cache;
  private final Supplier<DataConverter> converter;
  private final HistoryConversations histories;

  /**
   * Rebuilds misses from the history the activity's own workflow client fetches.
   *
   * @param converter the data converter of the workflow client: output items are stored as the
   *     workflow reads them back from history, so the cache and the history agree item by item
   */
  WorkerConversations(ConversationCache cache, Supplier<DataConverter> converter) {
    this(
        cache,
        converter,
        (workflowId, runId) ->
            Activity.getExecutionContext().getWorkflowClient().fetchHistory(workflowId, runId));
  }

  /**
   * @param histories fetches a workflow run's history by workflow id and run id (tests make it
   *     fail)
   */
  WorkerConversations(
      ConversationCache cache,
      Supplier<DataConverter> converter,
      BiFunction<String, String, WorkflowExecutionHistory> histories) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.converter = Objects.requireNonNull(converter, "converter");
    this.histories = new HistoryConversations(histories, converter);
  }

  /**
   * A request's conversation put back together.
   *
   * @param request the request the model gets
   * @param baseBytes the size of the stored conversation it continues (0 when whole)
   * @param added the items the activity input carried
   */
  record Resolved(ModelRequest request, long baseBytes, List<Item> added) {}

  /**
   * The request with its whole input and without a reference.
   *
   * @param run the workflow run whose history may rebuild a conversation the cache misses, or
   *     {@code null} for none (a local activity's base is not in history)
   * @throws ApplicationFailure of type {@link ConversationCache#MISS_FAILURE_TYPE}, non-retryable,
   *     when the conversation it continues is neither in the cache nor in the run's history
   */
  Resolved resolve(ModelRequest request, HistoryConversations.Run run) {
    ConversationRef ref = request.conversationRef();
    if (!ref.continuesBase()) {
      ModelRequest whole = request.withConversationRef(null);
      return new Resolved(whole, 0, whole.input());
    }
    ConversationCache.Conversation base;
    try {
      base = cache.get(ref.baseKey());
    } catch (RuntimeException e) {
      base = null; // a cache that cannot answer (a shared one, unreachable) misses
    }
    if ((base == null || base.items().size() != ref.baseCount()) && run != null) {
      base = rebuild(ref.baseKey(), run);
    }
    if (base == null || base.items().size() != ref.baseCount()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The conversation "
              + ref.baseKey()
              + " is not in this worker's conversation cache and cannot be rebuilt from the"
              + " workflow's history; the workflow sends the whole conversation again",
          ConversationCache.MISS_FAILURE_TYPE);
    }
    List<Item> input = new ArrayList<>(base.items().size() + request.input().size());
    input.addAll(base.items());
    input.addAll(request.input());
    ModelRequest whole = request.toBuilder().setInput(input).setConversationRef(null).build();
    return new Resolved(whole, base.bytes(), request.input());
  }

  // The conversation stored under key, from the history, kept in the cache for the calls after.
  private ConversationCache.Conversation rebuild(String key, HistoryConversations.Run run) {
    List<Item> items = histories.rebuild(run, key);
    if (items == null) {
      return null;
    }
    ConversationCache.Conversation rebuilt;
    try {
      rebuilt = new ConversationCache.Conversation(items, bytesOf(items));
    } catch (RuntimeException e) {
      return null;
    }
    try {
      cache.put(key, rebuilt);
    } catch (RuntimeException e) {
      // The call goes on with what was rebuilt; the next one may rebuild it again.
    }
    return rebuilt;
  }

  /**
   * Stores the conversation of a call that {@code response} answered. A conversation that cannot be
   * stored is left out: the call that continues it misses and sends it whole, while failing here
   * would call the model again.
   */
  void store(ConversationRef ref, Resolved resolved, ModelResponse response) {
    try {
      put(ref, resolved, response);
    } catch (RuntimeException e) {
      // Nothing to do: the cache is an optimisation, and the history keeps the conversation.
    }
  }

  private void put(ConversationRef ref, Resolved resolved, ModelResponse response) {
    // The items as the workflow will see them: through the same converter as the history. Items
    // made of strings only come back from a round trip equal to what went in, so they skip it.
    List<Item> output = response.output();
    if (!allPlain(output)) {
      DataConverter dc = converter.get();
      output =
          dc.fromPayload(
                  dc.toPayload(response).orElseThrow(), ModelResponse.class, ModelResponse.class)
              .output();
    }
    List<Item> input = resolved.request().input();
    List<Item> items = new ArrayList<>(input.size() + output.size());
    items.addAll(input);
    items.addAll(output);
    cache.put(
        ref.key(),
        new ConversationCache.Conversation(
            items, resolved.baseBytes() + bytesOf(resolved.added()) + bytesOf(output)));
  }

  /**
   * Whether every item is a message of text parts, a function call or a function call's output:
   * records of strings, which any data converter writes and reads back as they were.
   */
  private static boolean allPlain(List<Item> items) {
    for (Item item : items) {
      if (!isPlain(item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlain(Item item) {
    if (item instanceof FunctionCall || item instanceof FunctionCallOutput) {
      return true;
    }
    if (item instanceof Message message) {
      for (ContentPart part : message.content()) {
        if (!(part instanceof ContentPart.InputText || part instanceof ContentPart.OutputText)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  // The items' JSON size: a measure of the memory they hold (strings dominate). Plain items are
  // counted by their strings' lengths plus their JSON's field names, without writing them.
  private static long bytesOf(List<Item> items) {
    long bytes = 2;
    List<Item> others = null;
    for (Item item : items) {
      if (item instanceof FunctionCall call) {
        bytes +=
            72
                + length(call.callId())
                + length(call.name())
                + length(call.arguments())
                + length(call.id());
      } else if (item instanceof FunctionCallOutput output) {
        bytes += 56 + length(output.callId()) + length(output.output());
      } else if (item instanceof Message message && isPlain(message)) {
        bytes += 48 + length(message.role()) + length(message.id());
        for (ContentPart part : message.content()) {
          bytes +=
              32
                  + length(
                      part instanceof ContentPart.InputText t
                          ? t.text()
                          : ((ContentPart.OutputText) part).text());
        }
      } else {
        if (others == null) {
          others = new ArrayList<>();
        }
        others.add(item);
      }
    }
    if (others == null) {
      return bytes;
    }
    try {
      return bytes + Json.mapper().writeValueAsBytes(others).length;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot measure conversation items: " + e.getMessage(), e);
    }
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
