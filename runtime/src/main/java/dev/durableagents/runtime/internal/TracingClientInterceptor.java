package dev.durableagents.runtime.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.util.function.Supplier;

/**
 * Installed on the client when tracing is on: starting a workflow is a {@code
 * StartWorkflow:<type>} span, a child of the caller's current span, and the workflow's start
 * header carries its context, so the workflow's spans and its activities' join the caller's trace.
 */
public final class TracingClientInterceptor extends WorkflowClientInterceptorBase {

  private final Telemetry telemetry;

  public TracingClientInterceptor(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
      WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {
      @Override
      public WorkflowStartOutput start(WorkflowStartInput input) {
        return traced(input, () -> super.start(input));
      }

      @Override
      public WorkflowSignalWithStartOutput signalWithStart(WorkflowSignalWithStartInput input) {
        return traced(input.getWorkflowStartInput(), () -> super.signalWithStart(input));
      }
    };
  }

  private <T> T traced(WorkflowClientCallsInterceptor.WorkflowStartInput input, Supplier<T> call) {
    Span span =
        telemetry
            .tracer
            .spanBuilder("StartWorkflow:" + input.getWorkflowType())
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(
                dev.durableagents.runtime.telemetry.GenAiAttributes.WORKFLOW_ID,
                input.getWorkflowId())
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      telemetry.inject(Context.current(), input.getHeader());
      return call.get();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }
}
