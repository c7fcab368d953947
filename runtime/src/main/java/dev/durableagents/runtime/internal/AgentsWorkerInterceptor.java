package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentsException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Supplier;

/**
 * Installed by the plugin on every worker: gives each workflow instance its {@link
 * WorkflowRuntime}, and turns an {@link AgentsException} that escapes workflow code into a
 * non-retryable {@code ApplicationFailure} of the exception's type, so the workflow fails with a
 * typed cause instead of retrying its task forever. It logs model calls on the worker and, with
 * tracing on ({@link Telemetry}), carries the trace context from the workflow's start header to its
 * activities and child workflows, and makes each activity a span.
 */
public final class AgentsWorkerInterceptor extends WorkerInterceptorBase {

  private final WorkflowRuntime runtime;
  private final Telemetry telemetry;

  public AgentsWorkerInterceptor(WorkflowRuntime runtime) {
    this(runtime, null);
  }

  /**
   * @param telemetry tracing and metrics, or {@code null} when off
   */
  public AgentsWorkerInterceptor(WorkflowRuntime runtime, Telemetry telemetry) {
    this.runtime = runtime;
    this.telemetry = telemetry;
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new Inbound(next, runtime, telemetry);
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityObservability(next, telemetry);
  }

  private static final class Inbound extends WorkflowInboundCallsInterceptorBase {
    private final WorkflowRuntime runtime;
    private final Telemetry telemetry;

    Inbound(WorkflowInboundCallsInterceptor next, WorkflowRuntime runtime, Telemetry telemetry) {
      super(next);
      this.runtime = runtime;
      this.telemetry = telemetry;
    }

    @Override
    public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
      WorkflowRuntime.install(runtime);
      if (telemetry != null) {
        WorkflowTelemetry.install(telemetry);
        outboundCalls = new TracingOutbound(outboundCalls, telemetry);
      }
      WorkflowRuntime.installOutbound(outboundCalls);
      super.init(outboundCalls);
    }

    @Override
    public WorkflowOutput execute(WorkflowInput input) {
      if (telemetry != null) {
        WorkflowTelemetry.current().setRoot(telemetry.extract(input.getHeader()));
      }
      return typed(() -> super.execute(input));
    }

    @Override
    public UpdateOutput executeUpdate(UpdateInput input) {
      return typed(() -> within(input.getHeader(), () -> super.executeUpdate(input)));
    }

    @Override
    public void handleSignal(SignalInput input) {
      typed(
          () ->
              within(
                  input.getHeader(),
                  () -> {
                    super.handleSignal(input);
                    return null;
                  }));
    }

    /**
     * Runs a handler with the context its caller sent (a signal's or an update's header) as the
     * active one of its thread, so what it runs joins the caller's trace.
     */
    private <T> T within(Header header, Supplier<T> handler) {
      if (telemetry == null) {
        return handler.get();
      }
      SpanContext caller = Span.fromContext(telemetry.extract(header)).getSpanContext();
      if (!caller.isValid()) {
        return handler.get();
      }
      SpanContext previous = WorkflowTelemetry.activeOrNull();
      WorkflowTelemetry.activate(caller);
      try {
        return handler.get();
      } finally {
        WorkflowTelemetry.activate(previous);
      }
    }

    private static <T> T typed(Supplier<T> call) {
      try {
        return call.get();
      } catch (AgentsException e) {
        throw ApplicationFailure.newBuilder()
            .setMessage(e.getMessage())
            .setType(e.failureType())
            .setNonRetryable(true)
            .setDetails(e.details())
            .setCause(e.getCause())
            .build();
      }
    }
  }

  /** Carries the active step's trace context to activities, child workflows and child threads. */
  private static final class TracingOutbound extends WorkflowOutboundCallsInterceptorBase {
    private final Telemetry telemetry;

    TracingOutbound(WorkflowOutboundCallsInterceptor next, Telemetry telemetry) {
      super(next);
      this.telemetry = telemetry;
    }

    private void inject(Header header) {
      WorkflowTelemetry workflow = WorkflowTelemetry.current();
      SpanContext active = workflow != null ? workflow.active() : SpanContext.getInvalid();
      if (active.isValid()) {
        telemetry.inject(Context.root().with(Span.wrap(active)), header);
      }
    }

    @Override
    public <R> ActivityOutput<R> executeActivity(ActivityInput<R> input) {
      inject(input.getHeader());
      return super.executeActivity(input);
    }

    @Override
    public <R> LocalActivityOutput<R> executeLocalActivity(LocalActivityInput<R> input) {
      inject(input.getHeader());
      return super.executeLocalActivity(input);
    }

    @Override
    public <R> ChildWorkflowOutput<R> executeChildWorkflow(ChildWorkflowInput<R> input) {
      inject(input.getHeader());
      return super.executeChildWorkflow(input);
    }

    @Override
    public void continueAsNew(ContinueAsNewInput input) {
      inject(input.getHeader());
      super.continueAsNew(input);
    }

    @Override
    public Object newChildThread(Runnable runnable, boolean detached, String name) {
      WorkflowTelemetry workflow = WorkflowTelemetry.current();
      SpanContext active = workflow != null ? workflow.active() : null;
      Runnable wrapped =
          active == null
              ? runnable
              : () -> {
                WorkflowTelemetry.activate(active);
                runnable.run();
              };
      return super.newChildThread(wrapped, detached, name);
    }
  }
}
