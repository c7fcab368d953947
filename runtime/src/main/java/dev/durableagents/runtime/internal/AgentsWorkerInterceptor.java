package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentsException;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.failure.ApplicationFailure;
import java.util.function.Supplier;

/**
 * Installed by the plugin on every worker: gives each workflow instance its {@link
 * WorkflowRuntime}, and turns an {@link AgentsException} that escapes workflow code into a
 * non-retryable {@code ApplicationFailure} of the exception's type, so the workflow fails with a
 * typed cause instead of retrying its task forever.
 */
public final class AgentsWorkerInterceptor extends WorkerInterceptorBase {

  private final WorkflowRuntime runtime;

  public AgentsWorkerInterceptor(WorkflowRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new Inbound(next, runtime);
  }

  private static final class Inbound extends WorkflowInboundCallsInterceptorBase {
    private final WorkflowRuntime runtime;

    Inbound(WorkflowInboundCallsInterceptor next, WorkflowRuntime runtime) {
      super(next);
      this.runtime = runtime;
    }

    @Override
    public void init(WorkflowOutboundCallsInterceptor outboundCalls) {
      WorkflowRuntime.install(runtime);
      super.init(outboundCalls);
    }

    @Override
    public WorkflowOutput execute(WorkflowInput input) {
      return typed(() -> super.execute(input));
    }

    @Override
    public UpdateOutput executeUpdate(UpdateInput input) {
      return typed(() -> super.executeUpdate(input));
    }

    @Override
    public void handleSignal(SignalInput input) {
      typed(
          () -> {
            super.handleSignal(input);
            return null;
          });
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
}
