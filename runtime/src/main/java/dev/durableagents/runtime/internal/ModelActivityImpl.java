package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * Calls the model provider's model. Runs on the worker, where API keys live; it heartbeats at half
 * the heartbeat timeout while the call runs, and turns {@link ModelException}s into typed {@code
 * ApplicationFailure}s so Temporal retries exactly what is worth retrying.
 */
public final class ModelActivityImpl implements ModelActivity {

  private final Supplier<ModelProvider> provider;

  /** @param provider supplies the provider on first use, so a client-only process never builds it */
  public ModelActivityImpl(Supplier<ModelProvider> provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  @Override
  public ModelResponse invokeModel(ModelRequest request) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    ScheduledFuture<?> heartbeat = Heartbeats.start(context);
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
      Heartbeats.stop(heartbeat);
    }
  }
}
