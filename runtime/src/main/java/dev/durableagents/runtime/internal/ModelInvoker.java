package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.PayloadTooLarge;
import dev.durableagents.runtime.model.ConversationRef;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schedules the model activity for one model call, from workflow code. With {@code references}, the
 * activity input holds only the items that are new since the longest conversation an earlier call
 * of the workflow sent and received, and a {@link ConversationRef} to it; when the worker does not
 * hold that conversation, the call is sent once more with the whole input.
 */
final class ModelInvoker {

  private ModelInvoker() {}

  /**
   * Calls the model once with {@code request}, whose input is the whole conversation.
   *
   * @param references whether the call may send a reference instead of the whole conversation
   */
  static ModelResponse invoke(
      WorkflowRuntime runtime, AgentDefinition agent, ModelRequest request, boolean references) {
    ConversationTracker tracker = references ? ConversationTracker.current() : null;
    if (tracker == null) {
      return execute(runtime, agent, request, request);
    }
    String key = tracker.nextKey();
    ConversationTracker.Snapshot base = tracker.longestPrefixOf(request.input());
    ModelRequest whole = request.withConversationRef(ConversationRef.whole(key));
    ModelResponse response;
    if (base == null) {
      response = execute(runtime, agent, request, whole);
    } else {
      int count = base.items().size();
      ModelRequest delta =
          request.toBuilder()
              .setInput(request.input().subList(count, request.input().size()))
              .setConversationRef(new ConversationRef(key, base.key(), count))
              .build();
      try {
        response = execute(runtime, agent, request, delta);
      } catch (ActivityFailure failure) {
        if (!isCacheMiss(failure)) {
          throw failure;
        }
        response = execute(runtime, agent, request, whole);
      }
    }
    tracker.remember(key, request.input(), response.output());
    return response;
  }

  private static boolean isCacheMiss(ActivityFailure failure) {
    return failure.getCause() instanceof ApplicationFailure cause
        && ConversationCache.MISS_FAILURE_TYPE.equals(cause.getType());
  }

  /**
   * Schedules the activity with input {@code sent}; {@code request} is what the call means. A
   * payload over the size limit becomes the typed {@link PayloadTooLarge}.
   */
  private static ModelResponse execute(
      WorkflowRuntime runtime, AgentDefinition agent, ModelRequest request, ModelRequest sent) {
    try {
      return schedule(runtime, agent, request, sent);
    } catch (ActivityFailure e) {
      String tooLarge = PayloadLimits.tooLarge(e.getCause());
      if (tooLarge != null) {
        throw new PayloadTooLarge(
            "The model's response to agent '" + agent.name() + "' is too large: " + tooLarge, e);
      }
      throw e;
    } catch (RuntimeException e) {
      String tooLarge = PayloadLimits.tooLarge(e);
      if (tooLarge != null) {
        // Refused while the workflow serialized the request: the conversation outgrew the limit.
        throw new PayloadTooLarge(
            "The model request of agent '"
                + agent.name()
                + "' is too large to schedule: "
                + tooLarge
                + "; keep less in the conversation (a handoff input filter, shorter tool results)"
                + " or keep it on the provider (RunConfig.setPreviousResponseId)",
            e);
      }
      throw e;
    }
  }

  private static ModelResponse schedule(
      WorkflowRuntime runtime, AgentDefinition agent, ModelRequest request, ModelRequest sent) {
    ModelActivityOptions o = runtime.modelActivityOptions();
    String summary = summary(o, agent, request);
    // The options depend only on the plugin's options and the summary: built once, not per call
    // (a summary provider's summaries are not kept).
    Object options =
        o.getSummary() == null && o.getSummaryProvider() != null
            ? options(o, summary)
            : OPTIONS.computeIfAbsent(new OptionsKey(o, summary), k -> options(k.o(), k.summary()));
    if (options instanceof LocalActivityOptions local) {
      return Workflow.newUntypedLocalActivityStub(local)
          .execute(ModelActivity.INVOKE_MODEL, ModelResponse.class, sent);
    }
    ActivityOptions regular = (ActivityOptions) options;
    StreamedRun streamed = StreamedRun.current();
    if (streamed != null) {
      // A streamed run's call: the streaming activity, with an id its subscribers can match.
      if (o.getHeartbeatTimeout() == null) {
        regular =
            ActivityOptions.newBuilder(regular)
                .setHeartbeatTimeout(StreamedRun.DEFAULT_HEARTBEAT_TIMEOUT)
                .build();
      }
      return Workflow.newUntypedActivityStub(regular)
          .execute(
              ModelActivity.INVOKE_MODEL_STREAMING,
              ModelResponse.class,
              sent,
              streamed.nextCallId());
    }
    return Workflow.newUntypedActivityStub(regular)
        .execute(ModelActivity.INVOKE_MODEL, ModelResponse.class, sent);
  }

  /** Options built for a plugin's options and a summary; keys hold the options object itself. */
  private record OptionsKey(ModelActivityOptions o, String summary) {
    @Override
    public boolean equals(Object other) {
      return other instanceof OptionsKey k && k.o == o && k.summary.equals(summary);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(o) * 31 + summary.hashCode();
    }
  }

  private static final Map<OptionsKey, Object> OPTIONS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<OptionsKey, Object> eldest) {
              return size() > 1024;
            }
          });

  private static Object options(ModelActivityOptions o, String summary) {
    if (o.isUseLocalActivity()) {
      // LocalActivityOptions rejects null timeouts: set only those that are configured.
      LocalActivityOptions.Builder local =
          LocalActivityOptions.newBuilder()
              .setRetryOptions(o.getRetryOptions())
              .setSummary(summary);
      if (o.getStartToCloseTimeout() != null) {
        local.setStartToCloseTimeout(o.getStartToCloseTimeout());
      }
      if (o.getScheduleToCloseTimeout() != null) {
        local.setScheduleToCloseTimeout(o.getScheduleToCloseTimeout());
      }
      if (o.getScheduleToStartTimeout() != null) {
        local.setScheduleToStartTimeout(o.getScheduleToStartTimeout());
      }
      return local.build();
    }
    ActivityOptions.Builder options =
        ActivityOptions.newBuilder()
            .setTaskQueue(o.getTaskQueue())
            .setStartToCloseTimeout(o.getStartToCloseTimeout())
            .setScheduleToCloseTimeout(o.getScheduleToCloseTimeout())
            .setScheduleToStartTimeout(o.getScheduleToStartTimeout())
            .setHeartbeatTimeout(o.getHeartbeatTimeout())
            .setRetryOptions(o.getRetryOptions())
            .setSummary(summary);
    if (o.getCancellationType() != null) {
      options.setCancellationType(o.getCancellationType());
    }
    if (o.getPriority() != null) {
      options.setPriority(o.getPriority());
    }
    return options.build();
  }

  private static String summary(
      ModelActivityOptions o, AgentDefinition agent, ModelRequest request) {
    if (o.getSummary() != null) {
      return o.getSummary();
    }
    if (o.getSummaryProvider() != null) {
      return o.getSummaryProvider().provide(agent, request);
    }
    return agent.name();
  }
}
