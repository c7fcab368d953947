package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Calls the model provider's model. Runs on the worker, where API keys live; it heartbeats at half
 * the heartbeat timeout while the call runs, and turns {@link ModelException}s into typed {@code
 * ApplicationFailure}s so Temporal retries exactly what is worth retrying.
 */
public final class ModelActivityImpl implements ModelActivity {

  private static final ScheduledExecutorService HEARTBEATS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "durable-agents-model-heartbeat");
            t.setDaemon(true);
            return t;
          });

  private final Supplier<ModelProvider> provider;

  /** @param provider supplies the provider on first use, so a client-only process never builds it */
  public ModelActivityImpl(Supplier<ModelProvider> provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  @Override
  public ModelResponse invokeModel(ModelRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    ScheduledFuture<?> heartbeat = startHeartbeat(context);
    try {
      Model model = provider.get().getModel(request.model());
      return model.getResponse(request);
    } catch (ModelException e) {
      throw ApplicationFailure.newBuilder()
          .setMessage(e.getMessage())
          .setType(e.type())
          .setNonRetryable(!e.retryable())
          .setNextRetryDelay(e.nextRetryDelay())
          .setCause(e.getCause())
          .build();
    } finally {
      if (heartbeat != null) {
        heartbeat.cancel(false);
      }
    }
  }

  private static ScheduledFuture<?> startHeartbeat(ActivityExecutionContext context) {
    Duration timeout = context.getInfo().getHeartbeatTimeout();
    if (timeout == null || timeout.isZero() || context.getInfo().isLocal()) {
      return null;
    }
    long periodMillis = Math.max(1, timeout.toMillis() / 2);
    return HEARTBEATS.scheduleAtFixedRate(
        () -> {
          try {
            context.heartbeat(null);
          } catch (RuntimeException e) {
            // Cancellation or a failed heartbeat: the model call's own timeout ends the attempt.
          }
        },
        periodMillis,
        periodMillis,
        TimeUnit.MILLISECONDS);
  }
}
