package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every activity of a worker with the plugin: a model call ({@code InvokeModel}) is logged (a
 * debug line per attempt with agent, model, attempt, duration and tokens; a warning for an attempt
 * that failed and will be retried) and, with tracing on, measured ({@code
 * gen_ai.client.operation.duration}, tokens); with tracing on, every activity is a {@code
 * RunActivity:<type>} span, a child of the context in its header, and a model call has a {@code
 * chat <model>} span with GenAI attributes below it. Nothing of a request's or response's content
 * is logged or recorded.
 */
final class ActivityObservability extends ActivityInboundCallsInterceptorBase {

  private static final Logger log = LoggerFactory.getLogger("dev.durableagents.runtime.model");

  private final Telemetry telemetry;
  private ActivityExecutionContext context;

  ActivityObservability(ActivityInboundCallsInterceptor next, Telemetry telemetry) {
    super(next);
    this.telemetry = telemetry;
  }

  @Override
  public void init(ActivityExecutionContext context) {
    this.context = context;
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    ActivityInfo info = context.getInfo();
    boolean model =
        ModelActivity.INVOKE_MODEL.equals(info.getActivityType())
            || ModelActivity.INVOKE_MODEL_STREAMING.equals(info.getActivityType());
    if (telemetry == null) {
      return model ? modelCall(info, input, null) : super.execute(input);
    }
    Span span =
        telemetry
            .tracer
            .spanBuilder("RunActivity:" + info.getActivityType())
            .setSpanKind(SpanKind.SERVER)
            .setParent(telemetry.extract(input.getHeader()))
            .setAttribute(GenAiAttributes.ACTIVITY_TYPE, info.getActivityType())
            .setAttribute(GenAiAttributes.ACTIVITY_ATTEMPT, (long) info.getAttempt())
            .setAttribute(GenAiAttributes.WORKFLOW_ID, info.getWorkflowId())
            .setAttribute(GenAiAttributes.RUN_ID, info.getWorkflowRunId())
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return model ? modelCall(info, input, span) : super.execute(input);
    } catch (RuntimeException | Error e) {
      span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
      span.setAttribute(GenAiAttributes.ERROR_TYPE, WorkflowTelemetry.errorType(e));
      throw e;
    } finally {
      span.end();
    }
  }

  private ActivityOutput modelCall(ActivityInfo info, ActivityInput input, Span activitySpan) {
    Object argument = input.getArguments().length == 1 ? input.getArguments()[0] : null;
    ModelRequest request = argument instanceof ModelRequest r ? r : null;
    String agent = request != null ? request.agentName() : null;
    // null: the provider's default model, which the request does not name.
    String modelName = request != null ? request.model() : null;
    String logged = modelName != null ? modelName : "(provider default)";
    Span span = null;
    if (activitySpan != null) {
      SpanBuilder builder =
          telemetry
              .tracer
              .spanBuilder(modelName != null ? "chat " + modelName : "chat")
              .setSpanKind(SpanKind.CLIENT)
              .setParent(Context.current())
              .setAttribute(GenAiAttributes.OPERATION_NAME, "chat")
              .setAttribute(GenAiAttributes.ACTIVITY_ATTEMPT, (long) info.getAttempt());
      if (modelName != null) {
        builder.setAttribute(GenAiAttributes.REQUEST_MODEL, modelName);
      }
      if (agent != null) {
        builder.setAttribute(GenAiAttributes.AGENT_NAME, agent);
      }
      span = builder.startSpan();
    }
    long start = System.nanoTime();
    try {
      ActivityOutput output = super.execute(input);
      long nanos = System.nanoTime() - start;
      ModelResponse response = output.getResult() instanceof ModelResponse r ? r : null;
      Usage usage = response != null ? response.usage() : Usage.ZERO;
      if (log.isDebugEnabled()) {
        log.debug(
            "model call: agent={} model={} attempt={} duration={}ms tokens in={} out={}"
                + " (cached {}, reasoning {}) workflow={}",
            agent,
            logged,
            info.getAttempt(),
            nanos / 1_000_000,
            usage.inputTokens(),
            usage.outputTokens(),
            usage.cachedInputTokens(),
            usage.reasoningTokens(),
            info.getWorkflowId());
      }
      if (telemetry != null) {
        record(agent, modelName, nanos, null, usage);
        if (span != null) {
          describe(span, modelName, response, usage);
        }
      }
      return output;
    } catch (RuntimeException | Error e) {
      long nanos = System.nanoTime() - start;
      String type = WorkflowTelemetry.errorType(e);
      log.warn(
          "model call failed: agent={} model={} attempt={} duration={}ms error={}{}",
          agent,
          logged,
          info.getAttempt(),
          nanos / 1_000_000,
          type,
          nonRetryable(e) ? " (not retried)" : " (Temporal retries it)");
      if (telemetry != null) {
        record(agent, modelName, nanos, type, null);
        if (span != null) {
          span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
          span.setAttribute(GenAiAttributes.ERROR_TYPE, type);
        }
      }
      throw e;
    } finally {
      if (span != null) {
        span.end();
      }
    }
  }

  private static boolean nonRetryable(Throwable e) {
    return e instanceof io.temporal.failure.ApplicationFailure a && a.isNonRetryable();
  }

  private void record(String agent, String model, long nanos, String errorType, Usage usage) {
    AttributesBuilder attributes = Attributes.builder().put(GenAiAttributes.OPERATION_NAME, "chat");
    if (model != null) {
      attributes.put(GenAiAttributes.REQUEST_MODEL, model);
    }
    if (agent != null) {
      attributes.put(GenAiAttributes.AGENT_NAME, agent);
    }
    if (errorType != null) {
      attributes.put(GenAiAttributes.ERROR_TYPE, errorType);
    }
    telemetry.modelDuration.record(nanos / 1e9, attributes.build());
    if (usage != null) {
      tokens(agent, model, "input", usage.inputTokens());
      tokens(agent, model, "output", usage.outputTokens());
      tokens(agent, model, "cached_input", usage.cachedInputTokens());
      tokens(agent, model, "reasoning", usage.reasoningTokens());
    }
  }

  private void tokens(String agent, String model, String type, long count) {
    AttributesBuilder attributes = Attributes.builder().put(GenAiAttributes.TOKEN_TYPE, type);
    if (model != null) {
      attributes.put(GenAiAttributes.REQUEST_MODEL, model);
    }
    if (agent != null) {
      attributes.put(GenAiAttributes.AGENT_NAME, agent);
    }
    telemetry.tokens.add(count, attributes.build());
  }

  /** GenAI attributes of a model call's span: never the content of the request or response. */
  static void describe(Span span, String model, ModelResponse response, Usage usage) {
    if (model != null) {
      span.setAttribute(GenAiAttributes.RESPONSE_MODEL, model);
    }
    span.setAttribute(GenAiAttributes.USAGE_INPUT_TOKENS, usage.inputTokens());
    span.setAttribute(GenAiAttributes.USAGE_OUTPUT_TOKENS, usage.outputTokens());
    span.setAttribute(GenAiAttributes.USAGE_CACHED_INPUT_TOKENS, usage.cachedInputTokens());
    span.setAttribute(GenAiAttributes.USAGE_REASONING_TOKENS, usage.reasoningTokens());
    if (response != null) {
      span.setAttribute(GenAiAttributes.RESPONSE_FINISH_REASONS, finishReasons(response.output()));
      if (response.responseId() != null) {
        span.setAttribute(GenAiAttributes.RESPONSE_ID, response.responseId());
      }
    }
  }

  /** {@code tool_calls} when the model called a function, else {@code stop}. */
  static List<String> finishReasons(List<Item> output) {
    for (Item item : output) {
      if (item instanceof FunctionCall) {
        return List.of("tool_calls");
      }
    }
    return List.of("stop");
  }
}
