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
 * Installed on the client when tracing is on: starting a workflow is a {@code StartWorkflow:<type>}
 * span, a child of the caller's current span, and the workflow's start header carries its context,
 * so the workflow's spans and its activities' join the caller's trace. Signals ({@code
 * SignalWorkflow:<name>}) and updates ({@code StartWorkflowUpdate:<name>}) carry theirs the same
 * way, for what their handlers run.
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

      @Override
      public WorkflowSignalOutput signal(WorkflowSignalInput input) {
        return traced(
            "SignalWorkflow:" + input.getSignalName(),
            input.getWorkflowExecution().getWorkflowId(),
            input.getHeader(),
            () -> super.signal(input));
      }

      @Override
      public <R> io.temporal.client.WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
        return traced(
            "StartWorkflowUpdate:" + input.getUpdateName(),
            input.getWorkflowExecution().getWorkflowId(),
            input.getHeader(),
            () -> super.startUpdate(input));
      }
    };
  }

  private <T> T traced(WorkflowClientCallsInterceptor.WorkflowStartInput input, Supplier<T> call) {
    return traced(
        "StartWorkflow:" + input.getWorkflowType(), input.getWorkflowId(), input.getHeader(), call);
  }

  private <T> T traced(
      String name,
      String workflowId,
      io.temporal.common.interceptors.Header header,
      Supplier<T> call) {
    Span span =
        telemetry
            .tracer
            .spanBuilder(name)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(
                dev.durableagents.runtime.telemetry.GenAiAttributes.WORKFLOW_ID, workflowId)
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      telemetry.inject(Context.current(), header);
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
