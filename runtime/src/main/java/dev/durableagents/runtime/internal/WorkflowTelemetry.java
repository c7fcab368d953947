package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import io.temporal.workflow.WorkflowLocal;
import io.temporal.workflow.WorkflowThreadLocal;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Spans of one workflow instance, made in workflow code and safe under replay.
 *
 * <p>A step (a run, a turn, a model or tool call, a handoff, a guardrail) gets its span context
 * when it starts: its trace is the workflow's (from the client's header), its span id is derived
 * from the workflow run and the step's sequence number, so a replay on any worker gives the step
 * the same id. Activities the step schedules carry that context in their headers. The span itself
 * is recorded when the step ends, from the workflow's clock, and only when the workflow is not
 * replaying: a step that completed before a worker died is never recorded twice, and one still open
 * is recorded, with the id its children name, by the worker that completes it. Without the SDK's
 * cooperation ({@code ReplaySafeIdGenerator}) ids cannot be chosen: then every step is recorded as
 * a child of the workflow's parent, and activities are its children too.
 */
final class WorkflowTelemetry {

  private static final WorkflowLocal<WorkflowTelemetry> CURRENT =
      WorkflowLocal.withCachedInitial(() -> null);
  private static final WorkflowThreadLocal<SpanContext> ACTIVE =
      WorkflowThreadLocal.withCachedInitial(() -> null);

  final Telemetry telemetry;
  private final boolean deterministic;
  private final long seed;
  private final String workflowId;
  private final String runId;
  private SpanContext root = SpanContext.getInvalid();
  private String traceId;
  private long sequence;

  private WorkflowTelemetry(Telemetry telemetry) {
    this.telemetry = telemetry;
    this.deterministic = telemetry.deterministicIds();
    WorkflowInfo info = Workflow.getInfo();
    this.workflowId = info.getWorkflowId();
    this.runId = info.getRunId();
    this.seed = hash(workflowId + "/" + runId);
  }

  /** Installs telemetry for the current workflow instance. */
  static void install(Telemetry telemetry) {
    CURRENT.set(new WorkflowTelemetry(telemetry));
  }

  /** The current instance's telemetry, or {@code null} when tracing is off. */
  static WorkflowTelemetry current() {
    return CURRENT.get();
  }

  /** Sets the context the client sent with the workflow's start. */
  void setRoot(Context context) {
    SpanContext parent = Span.fromContext(context).getSpanContext();
    root = parent;
    traceId = parent.isValid() ? null : idOf(seed, 0x7f4a7c15L) + idOf(seed, 0x94d049bbL);
  }

  /** The context activities and child workflows scheduled now should carry, or an invalid one. */
  SpanContext active() {
    SpanContext active = ACTIVE.get();
    return active != null ? active : root;
  }

  /** The active step of the current workflow thread, or {@code null}. */
  static SpanContext activeOrNull() {
    return ACTIVE.get();
  }

  /** Makes {@code context} the active step of the current workflow thread. */
  static void activate(SpanContext context) {
    ACTIVE.set(context);
  }

  /** Starts a step as a child of the active one. */
  Step start(String name, SpanKind kind) {
    SpanContext parent = active();
    SpanContext self;
    if (deterministic) {
      String trace = parent.isValid() ? parent.getTraceId() : traceId;
      TraceFlags flags = parent.isValid() ? parent.getTraceFlags() : TraceFlags.getSampled();
      TraceState state = parent.isValid() ? parent.getTraceState() : TraceState.getDefault();
      self = SpanContext.create(trace, idOf(seed, ++sequence), flags, state);
    } else {
      self = root;
    }
    return new Step(name, kind, deterministic ? parent : root, self, Workflow.currentTimeMillis());
  }

  /**
   * Whether {@code error} is the SDK's signal that this workflow thread is being destroyed (the
   * workflow evicted from the worker's cache, or the worker shutting down), not a failure of the
   * step. The class is internal to the SDK, so it is matched by name.
   */
  static boolean destroysTheWorkflowThread(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().equals("io.temporal.internal.sync.DestroyWorkflowThreadError")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the workflow is replaying, when nothing may be recorded. */
  static boolean replaying() {
    return WorkflowUnsafe.isReplaying();
  }

  /** One step's span, recorded by {@link #end}. */
  final class Step {
    private final String name;
    private final SpanKind kind;
    private final SpanContext parent;
    final SpanContext context;
    final long startMillis;
    private final AttributesBuilder attributes = Attributes.builder();
    private List<Object[]> events;

    private Step(String name, SpanKind kind, SpanContext parent, SpanContext context, long start) {
      this.name = name;
      this.kind = kind;
      this.parent = parent;
      this.context = context;
      this.startMillis = start;
      attributes.put(GenAiAttributes.WORKFLOW_ID, workflowId);
      attributes.put(GenAiAttributes.RUN_ID, runId);
    }

    <T> Step put(AttributeKey<T> key, T value) {
      if (value != null) {
        attributes.put(key, value);
      }
      return this;
    }

    Step event(String eventName, Attributes eventAttributes) {
      if (events == null) {
        events = new ArrayList<>();
      }
      events.add(new Object[] {eventName, eventAttributes});
      return this;
    }

    /** Runs {@code body} with this step active in the current workflow thread. */
    <T> T within(Supplier<T> body) {
      SpanContext previous = ACTIVE.get();
      ACTIVE.set(context);
      try {
        return body.get();
      } finally {
        ACTIVE.set(previous);
      }
    }

    /** Sets the active step of the current workflow thread (for threads a step starts). */
    void activate() {
      ACTIVE.set(context);
    }

    /** Records the span, unless replaying; {@code error} marks it failed. */
    void end(Throwable error) {
      if (error != null && destroysTheWorkflowThread(error)) {
        // The worker is evicting the workflow (shut down, cache full): the step did not end, and
        // the worker that carries the run on records it when it does.
        return;
      }
      end(error == null ? null : errorType(error), error == null ? null : error.getMessage());
    }

    /** Records the span, unless replaying; a non-null {@code errorType} marks it failed. */
    void end(String errorType, String errorMessage) {
      if (replaying()) {
        return;
      }
      long endMillis = Workflow.currentTimeMillis();
      SpanBuilder builder =
          telemetry
              .tracer
              .spanBuilder(name)
              .setSpanKind(kind)
              .setStartTimestamp(startMillis, TimeUnit.MILLISECONDS)
              .setAllAttributes(attributes.build());
      if (parent.isValid()) {
        builder.setParent(Context.root().with(Span.wrap(parent)));
      } else {
        builder.setNoParent();
      }
      if (errorType != null) {
        builder.setAttribute(GenAiAttributes.ERROR_TYPE, errorType);
      }
      Span span;
      if (deterministic) {
        SpanIdHint.set(context.getTraceId(), context.getSpanId());
        try {
          span = builder.startSpan();
        } finally {
          SpanIdHint.clear();
        }
      } else {
        span = builder.startSpan();
      }
      if (events != null) {
        for (Object[] event : events) {
          span.addEvent((String) event[0], (Attributes) event[1], endMillis, TimeUnit.MILLISECONDS);
        }
      }
      if (errorType != null) {
        span.setStatus(StatusCode.ERROR, errorMessage == null ? errorType : errorMessage);
      }
      span.end(endMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** Counts a run that ended, unless replaying. */
  void runEnded(String agent, Throwable error) {
    if (replaying() || (error != null && destroysTheWorkflowThread(error))) {
      return;
    }
    AttributesBuilder attributes =
        Attributes.builder()
            .put(GenAiAttributes.AGENT_NAME, agent)
            .put(GenAiAttributes.RUN_OUTCOME, error == null ? "completed" : "failed");
    if (error != null) {
      attributes.put(GenAiAttributes.ERROR_TYPE, errorType(error));
    }
    telemetry.runs.add(1, attributes.build());
  }

  /** Measures a tool call that ended, unless replaying. */
  void toolEnded(Step step, String tool, String agent, String kind, String errorType) {
    if (replaying()) {
      return;
    }
    AttributesBuilder attributes =
        Attributes.builder()
            .put(GenAiAttributes.TOOL_NAME, tool)
            .put(GenAiAttributes.AGENT_NAME, agent);
    if (kind != null) {
      attributes.put(GenAiAttributes.TOOL_KIND, kind);
    }
    if (errorType != null) {
      attributes.put(GenAiAttributes.ERROR_TYPE, errorType);
    }
    Attributes built = attributes.build();
    telemetry.toolDuration.record(
        (Workflow.currentTimeMillis() - step.startMillis) / 1000.0, built);
    if (errorType != null) {
      telemetry.toolFailures.add(1, built);
    }
  }

  /** The class of an error for {@code error.type}: a failure's type, else its class's name. */
  static String errorType(Throwable error) {
    if (error instanceof dev.durableagents.runtime.AgentsException agents) {
      return agents.failureType();
    }
    Throwable cause = error;
    while (cause != null) {
      if (cause instanceof io.temporal.failure.ApplicationFailure application) {
        return application.getType();
      }
      cause = cause.getCause();
    }
    return error.getClass().getSimpleName();
  }

  private static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A non-zero 16-hex-digit id from {@code seed} and {@code n} (splitmix64). */
  private static String idOf(long seed, long n) {
    long z = seed + n * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    if (z == 0) {
      z = 1;
    }
    return String.format("%016x", z);
  }
}
